package org.bluewhale.connectors.avaya;

import static org.bluewhale.connectors.sim.DecodedLegs.answersEveryTruncationAndCorruption;
import static org.bluewhale.connectors.sim.DecodedLegs.leg;
import static org.bluewhale.connectors.sim.DecodedLegs.rejected;
import static org.bluewhale.connectors.sim.DecodedLegs.skipped;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.bluewhale.connectors.sim.RawRecords.textAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.junit.jupiter.api.Test;

/** The standard Avaya CM output formats: end times, H MM T durations, date records, condition codes. */
class AvayaStandardFormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    //                                       0         1         2         3         4         5         6         7
    //                                       01234567890123456789012345678901234567890123456789012345678901234567890123456
    private static final String PRINTER_OUT = "0931 0125 7 9   101 13912345678      2101 4711                       1";
    private static final String PRINTER_IN = "1015 0051 9         2345              701                                007";
    private static final String PRINTER_CHAIN = "1948 9599 4 9   101 00442079460000   2101                            1";
    private static final String PRINTER_CHAIN_END = "2130 1421 A 9   101 00442079460000   2101                            1";
    private static final String PRINTER_CONFERENCE = "1102 0034 C 9   101 13812345678      2101                            1";

    private final RecordDecoder printer = decoder("avaya-printer");

    @Test
    void printerRecordTakesItsDateFromTheLastDateRecordAndEndsAtItsTime() {
        assertEquals("date record 2026-01-24", skipped(printer, text("01 24")));
        CallLeg leg = leg(printer, text(PRINTER_OUT));
        // ended 09:31 Shanghai = 01:31 UTC; H MM T 0125 = 0 h 12 min 5 tenths = 750 s
        assertEquals(750, leg.durationSeconds());
        assertEquals("2026-01-24T01:18:30Z", leg.start().toString());
        assertEquals("7", leg.conditionCode());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("2101", leg.callingNumber());
        assertEquals("13912345678", leg.dialedNumber());
        assertEquals("4711", leg.accountCode());
        assertEquals("101", leg.trunkOut());
    }

    @Test
    void printerIncomingCallShowsItsTrunkAndCircuit() {
        skipped(printer, text("01 24"));
        CallLeg leg = leg(printer, text(PRINTER_IN));
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals(5 * 60 + 6, leg.durationSeconds());
        assertEquals("701", leg.callingNumber()); // the printer format shows the trunk access code here
        assertEquals("007", leg.trunkIn());
    }

    @Test
    void midnightDateRecordMovesTheDate() {
        skipped(printer, textAt("01 24", "2026-01-24T01:00:00Z"));
        assertEquals("2026-01-24", localDate(leg(printer, textAt(PRINTER_OUT, "2026-01-24T01:32:00Z"))));
        skipped(printer, textAt("01 25", "2026-01-24T16:00:00Z"));
        assertEquals("2026-01-25", localDate(leg(printer, textAt(PRINTER_OUT, "2026-01-25T01:32:00Z"))));
    }

    @Test
    void missedMidnightIsNoticedWhenTheTimeOfDayJumpsBack() {
        skipped(printer, text("01 24"));
        assertEquals("2026-01-24", localDate(leg(printer, text(PRINTER_CHAIN_END)))); // 21:30
        assertEquals("2026-01-25", localDate(leg(printer, text(PRINTER_OUT)))); // 09:31, no date record between
    }

    @Test
    void withoutADateRecordTheReceiveDateIsUsedAndAnEndBeforeMidnightIsTheDayBefore() {
        // received 00:10 on 25 Jan in Shanghai: 21:30 cannot be later that night
        assertEquals("2026-01-24", localDate(leg(printer, textAt(PRINTER_CHAIN_END, "2026-01-24T16:10:00Z"))));
        assertEquals("2026-01-24", localDate(leg(decoder("avaya-printer"), textAt(PRINTER_OUT, "2026-01-24T02:00:00Z"))));
    }

    @Test
    void newYearsEveDateRecordReadInJanuaryBelongsToTheOldYear() {
        assertEquals("date record 2025-12-31", skipped(printer, textAt("12 31", "2026-01-01T03:00:00Z")));
    }

    @Test
    void tenHourChainSegmentsKeepConditionFourForCorrelation() {
        skipped(printer, text("01 24"));
        CallLeg segment = leg(printer, text(PRINTER_CHAIN));
        assertEquals(AvayaConditionCodes.TEN_HOUR_CHAIN, segment.conditionCode());
        assertEquals(9 * 3600 + 59 * 60 + 54, segment.durationSeconds());
        assertEquals(Direction.OUTGOING, segment.direction()); // from the access code: 4 says nothing of direction
        CallLeg last = leg(printer, text(PRINTER_CHAIN_END));
        assertEquals("A", last.conditionCode());
        assertEquals(segment.correlationId(), last.correlationId());
        assertEquals(3600 + 42 * 60 + 6, last.durationSeconds());
    }

    @Test
    void theRecordsOfATenHourChainShareACorrelationIdThatUnrelatedCallsDoNotGet() {
        skipped(printer, text("01 24"));
        String segment = PRINTER_CHAIN.substring(4); // " 9599 4 9   101 00442079460000   2101 ..."
        CallLeg first = leg(printer, text("1000" + segment));
        CallLeg unrelated = leg(printer, text(PRINTER_IN));
        CallLeg second = leg(printer, text("2000" + segment));
        CallLeg last = leg(printer, text("2130 1300" + PRINTER_CHAIN_END.substring(9)));
        CallLeg later = leg(printer, text("2300 0005" + PRINTER_CHAIN_END.substring(9)));
        assertEquals("avaya-chain/2101/00442079460000/" + first.start().getEpochSecond(), first.correlationId());
        assertEquals(first.correlationId(), second.correlationId());
        assertEquals(first.correlationId(), last.correlationId());
        assertEquals("", unrelated.correlationId());
        assertEquals("", later.correlationId()); // same parties, but it starts long after the chain ended
        assertEquals(2 * 35_994 + 5400, first.durationSeconds() + second.durationSeconds() + last.durationSeconds());
    }

    @Test
    void conferenceLegKeepsConditionC() {
        skipped(printer, text("01 24"));
        CallLeg leg = leg(printer, text(PRINTER_CONFERENCE));
        assertEquals(AvayaConditionCodes.CONFERENCE, leg.conditionCode());
        assertEquals(Direction.OUTGOING, leg.direction());
    }

    @Test
    void clockChangedDuringTheCallIsQuarantinedNotGuessed() {
        assertEquals("duration '9999' (columns 5-9) is 9999: the PBX clock was changed during the call, so its "
                + "length is unknown", rejected(printer, text("0230 9999 A 9   101 13912345678      2101")));
    }

    @Test
    void malformedPrinterRecordsSayWhatAndWhere() {
        assertEquals("duration '0705' (columns 5-9) is not H MM T (hours, minutes 00-59, tenths of a minute)",
                rejected(printer, text(PRINTER_OUT.replace("0125", "0705"))));
        assertEquals("end time '2561' is not a valid HHmm time of day (columns 0-4)",
                rejected(printer, text("2561" + PRINTER_OUT.substring(4))));
        assertEquals("date record '13 24' is not a valid MM dd month and day", rejected(printer, text("13 24")));
        assertEquals("date record '02 29' names no date in the year it was received or the one before",
                rejected(printer, text("02 29")));
        assertEquals("only 19 characters after trimming; avaya-printer records have at least 37",
                rejected(printer, text(PRINTER_OUT.substring(0, 20))));
    }

    @Test
    void expandedFormatReadsFourDigitAccessCodesAndLongCallingNumbers() {
        RecordDecoder expanded = decoder("avaya-expanded");
        skipped(expanded, text("01 24"));
        CallLeg leg = leg(expanded, text("1430 0032 A 9    8101 13912345678        6543210 880011"));
        assertEquals("6543210", leg.callingNumber());
        assertEquals("8101", leg.trunkOut());
        assertEquals("880011", leg.accountCode());
        assertEquals(3 * 60 + 12, leg.durationSeconds());
        assertEquals("2026-01-24T06:26:48Z", leg.start().toString());
    }

    @Test
    void teleseerFieldsAbutAndItsDateRecordHasNoSpace() {
        RecordDecoder teleseer = decoder("avaya-teleseer");
        assertEquals("date record 2026-01-24", skipped(teleseer, text("0124")));
        //                                      0         1         2         3         4         5         6
        //                                      0123456789012345678901234567890123456789012345678901234567890123456789
        CallLeg out = leg(teleseer, text("   164500187  910102155501234     2101               2    01201234567"));
        assertEquals("2026-01-24T08:43:12Z", out.start().toString());
        assertEquals(108, out.durationSeconds());
        assertEquals("02155501234", out.dialedNumber());
        assertEquals("101/012", out.trunkOut());
        assertEquals("1234567", out.authCode());
        CallLeg in = leg(teleseer, text("   171001029      2345             701                 007   0"));
        assertEquals(Direction.INCOMING, in.direction());
        assertEquals("007", in.trunkIn());
    }

    @Test
    void lsuJoinsSplitFieldsAndEndsWhenReceived() {
        RecordDecoder lsu = decoder("avaya-lsu");
        //                                                0         1         2         3         4         5
        //                                                012345678901234567890123456789012345678901234567890123
        CallLeg leg = leg(lsu, textAt("003479  10113912345678    2101              13  0121", "2026-01-24T02:00:00Z"));
        assertEquals("32101", leg.callingNumber()); // first digit at column 45, the rest at 26-30
        assertEquals("101/112", leg.trunkOut()); // outgoing circuit: hundreds at 51, tens and units at 49-50
        assertEquals(3 * 60 + 24, leg.durationSeconds());
        assertEquals("2026-01-24T01:56:36Z", leg.start().toString());
        assertEquals("7", leg.conditionCode());
    }

    @Test
    void intIsdnCarriesTheIncomingTrunkAccessCode() {
        RecordDecoder isdn = decoder("avaya-int-isdn");
        skipped(isdn, text("0124"));
        CallLeg in = leg(isdn, text(
                "0815 0213 9           2345            2188776655                             007     0     701"));
        assertEquals("701/007", in.trunkIn());
        assertEquals("2188776655", in.callingNumber());
        assertEquals(Direction.INCOMING, in.direction());
        CallLeg out = leg(isdn, text("0822 0040 7 9    8101 0033142685300         2101                           1     012 0"));
        assertEquals("8101/012", out.trunkOut());
        assertEquals("0033142685300", out.dialedNumber());
    }

    @Test
    void fiftyNineCharacterLettersAreTranslatedToStandardCodes() throws Exception {
        String layout = """
                name = site-59
                time-pattern = HHmm
                date-record = MMdd
                duration-format = hmmt
                condition-codes = 59-char
                field.end-time = 0-4
                field.duration = 5-9
                field.condition-code = 10-11
                field.dialed-number = 12-27
                field.calling-number = 28-33
                """;
        AvayaCdrDecoder decoder = new AvayaCdrDecoder(FixedWidthLayout.load(
                new java.io.ByteArrayInputStream(layout.getBytes()), "site-59"), SHANGHAI);
        skipped(decoder, text("0124"));
        assertEquals("4", leg(decoder, text("0931 9599 D 13912345678      2101")).conditionCode());
        assertEquals("C", leg(decoder, text("0931 0011 L 13912345678      2101")).conditionCode());
        assertEquals("9", leg(decoder, text("0931 0011 I 2345             701")).conditionCode());
    }

    @Test
    void everyTruncationOrCorruptionIsAnsweredNeverThrown() {
        for (String format : new String[] {"avaya-printer", "avaya-expanded", "avaya-teleseer", "avaya-lsu",
            "avaya-int-isdn"}) {
            answersEveryTruncationAndCorruption(decoder(format), PRINTER_OUT, PRINTER_IN, PRINTER_CHAIN, "01 24", "0124");
        }
    }

    private static RecordDecoder decoder(String format) {
        return RecordDecoders.discover().create(new PbxDescriptor("cm1", "shanghai", format, SHANGHAI));
    }

    private static String localDate(CallLeg leg) {
        return leg.start().plusSeconds(leg.durationSeconds()).atZone(SHANGHAI).toLocalDate().toString();
    }
}
