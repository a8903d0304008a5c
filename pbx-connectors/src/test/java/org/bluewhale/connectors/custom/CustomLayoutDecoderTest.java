package org.bluewhale.connectors.custom;

import static org.bluewhale.connectors.sim.DecodedLegs.answersEveryTruncationAndCorruption;
import static org.bluewhale.connectors.sim.DecodedLegs.leg;
import static org.bluewhale.connectors.sim.DecodedLegs.rejected;
import static org.bluewhale.connectors.sim.DecodedLegs.skipped;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

class CustomLayoutDecoderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A small hotel PBX's fixed-width print: start, duration h:mm:ss, room, trunk, number, I/O. */
    private static final String FIXED = """
            { "name": "hotel-fixed", "kind": "fixed",
              "fields": { "start": "0-17", "duration": "18-25", "calling": "26-31", "trunk-out": "32-35",
                          "dialed": "36-56", "direction": "57-58" },
              "formats": { "start": "dd.MM.yy HH:mm:ss" },
              "duration": "hh:mm:ss",
              "skip": "^(ROOM|=+)",
              "directions": { "O": "outgoing", "I": "incoming" } }
            """;
    //                                          0         1         2         3         4         5
    //                                          012345678901234567890123456789012345678901234567890123456
    private static final String FIXED_LINE = "24.01.26 09:31:00 0:01:05 8012  T07 013912345678         O";

    /** A soft switch's semicolon export with a header row naming its columns. */
    private static final String DELIMITED = """
            { "name": "softswitch-csv", "kind": "delimited", "delimiter": ";", "header": true,
              "fields": { "start": "answered", "end": "ended", "calling": "from", "dialed": "to",
                          "correlation-id": "call_id", "final-called": "answered_by" },
              "formats": { "start": "yyyy-MM-dd'T'HH:mm:ss", "end": "yyyy-MM-dd'T'HH:mm:ss" } }
            """;

    /** A Mitel-style SMDR line read with a regular expression. */
    private static final String REGEX = """
            { "name": "smdr-regex", "kind": "regex",
              "pattern": "(?<date>\\\\d{2}/\\\\d{2}) (?<time>\\\\d{2}:\\\\d{2}) +(?<dur>\\\\d{2}:\\\\d{2}:\\\\d{2}) +(?<ext>\\\\d+) +(?<num>\\\\d+)(?: +(?<acct>\\\\d+))?",
              "fields": { "date": "date", "start-time": "time", "duration": "dur", "calling": "ext", "dialed": "num",
                          "account": "acct" },
              "formats": { "date": "MM/dd", "start-time": "HH:mm" },
              "duration": "hh:mm:ss" }
            """;

    @Test
    void fixedWidthLayoutReadsItsColumnsAndFormats() {
        CustomLayoutDecoder decoder = decoder(FIXED);
        CallLeg leg = leg(decoder, text(FIXED_LINE));
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString());
        assertEquals(65, leg.durationSeconds());
        assertEquals("8012", leg.callingNumber());
        assertEquals("013912345678", leg.dialedNumber());
        assertEquals("T07", leg.trunkOut());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("line matches the skip pattern of layout 'hotel-fixed'",
                skipped(decoder, text("ROOM  DATE     TIME")));
    }

    @Test
    void fixedWidthFieldThatCannotBeReadSaysWhereAndWhatItShouldBe() {
        CustomLayoutDecoder decoder = decoder(FIXED);
        assertEquals("start '30.02.26 09:31:00' (columns 0-17) is not a date-time like dd.MM.yy HH:mm:ss",
                rejected(decoder, text("30.02.26" + FIXED_LINE.substring(8))));
        assertEquals("duration '0:01:5x' (columns 18-25) is not a duration in hh:mm:ss",
                rejected(decoder, text(FIXED_LINE.replace("0:01:05", "0:01:5x"))));
    }

    @Test
    void delimitedLayoutFindsColumnsByTheHeaderRowAndComputesTheDuration() {
        CustomLayoutDecoder decoder = decoder(DELIMITED);
        assertEquals("no header row seen yet: this layout finds its fields by the column names "
                        + "[answered, ended, from, to, call_id, answered_by] of the header row",
                rejected(decoder, text("a1;2026-01-24T09:31:00;2026-01-24T09:32:10;2101;2456;2456")));
        assertEquals("header row", skipped(decoder, text("call_id;from;to;answered;ended;answered_by")));
        CallLeg leg = leg(decoder, text("a1;2101;2400;2026-01-24T09:31:00;2026-01-24T09:32:10;2456"));
        assertEquals(70, leg.durationSeconds());
        assertEquals("2400", leg.dialedNumber());
        assertEquals("2456", leg.finalCalledNumber());
        assertEquals("a1", leg.correlationId());
        assertEquals("5 columns; the header names 6", rejected(decoder, text("a1;2101;2400;2026-01-24T09:31:00;x")));
        assertEquals("end 2026-01-24T01:30:10Z is before start 2026-01-24T01:31:00Z",
                rejected(decoder, text("a1;2101;2400;2026-01-24T09:31:00;2026-01-24T09:30:10;2456")));
    }

    @Test
    void regexLayoutReadsNamedGroupsAndSaysFromWhichColumnALineStopsMatching() {
        CustomLayoutDecoder decoder = decoder(REGEX);
        CallLeg leg = leg(decoder, text("01/24 09:31 00:02:03 2101 013912345678 4711"));
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString()); // the year is the one it was received in
        assertEquals(123, leg.durationSeconds());
        assertEquals("4711", leg.accountCode());
        assertEquals("the line does not match the pattern from column 21: 'x101 013912345678'",
                rejected(decoder, text("01/24 09:31 00:02:03 x101 013912345678")));
    }

    @Test
    void layoutMistakesAreNamed() {
        assertEquals("layout: unknown key 'feilds'; known keys: [name, kind, fields, formats, duration, skip, delimiter, "
                        + "header, columns, pattern, directions]",
                assertThrows(LayoutException.class, () -> CustomLayouts.parse(FIXED.replace("\"fields\"", "\"feilds\""),
                        "layout")).getMessage());
        assertEquals("layout 'hotel-fixed': field 'dialed' (36-56) overlaps field 'direction' (50-58)",
                message(FIXED.replace("\"57-58\"", "\"50-58\"")));
        assertEquals("layout 'hotel-fixed': field 'start' needs formats.start (e.g. yyyy-MM-dd HH:mm:ss or epoch-seconds)",
                message(FIXED.replace("\"formats\": { \"start\": \"dd.MM.yy HH:mm:ss\" },", "")));
        assertEquals("layout 'smdr-regex': field 'account': the pattern has no group (?<acct>...)",
                message(REGEX.replace("(?<acct>", "(")));
        assertEquals("layout 'softswitch-csv': needs a 'duration' field, or both a start and an end",
                message(DELIMITED.replace("\"end\": \"ended\", ", "").replace(", \"end\": \"yyyy-MM-dd'T'HH:mm:ss\"", "")));
        assertEquals("layout 'hotel-fixed': kind 'fixedwidth'; expected fixed, delimited or regex",
                message(FIXED.replace("\"fixed\"", "\"fixedwidth\"")));
    }

    private static String message(String json) {
        return assertThrows(LayoutException.class, () -> CustomLayouts.parse(json, "layout")).getMessage();
    }

    private static CustomLayoutDecoder decoder(String json) {
        return new CustomLayoutDecoder(CustomLayouts.parse(json, "test"), SHANGHAI);
    }

    @Test
    void everyTruncationOrCorruptionIsAnsweredNeverThrown() {
        answersEveryTruncationAndCorruption(decoder(FIXED), FIXED_LINE);
        answersEveryTruncationAndCorruption(decoder(REGEX), "01/24 09:31 00:02:03 2101 013912345678 4711");
        answersEveryTruncationAndCorruption(decoder(DELIMITED), "call_id;from;to;answered;ended;answered_by",
                "a1;2101;2400;2026-01-24T09:31:00;2026-01-24T09:32:10;2456");
    }
}
