package org.bluewhale.connectors.avaya;

import static org.bluewhale.connectors.layout.FixedWidthFields.firstNonText;
import static org.bluewhale.connectors.layout.FixedWidthFields.isBlank;
import static org.bluewhale.connectors.layout.FixedWidthFields.pair;
import static org.bluewhale.connectors.layout.FixedWidthFields.text;
import static org.bluewhale.connectors.layout.FixedWidthFields.verbatim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.connectors.layout.LayoutField;
import org.bluewhale.connectors.layout.LocalTimestampPattern;
import org.bluewhale.connectors.layout.PbxLocalTime;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Avaya Communication Manager CDR lines of any output format laid out by a
 * {@link FixedWidthLayout} (presets {@code avaya-unformatted}, {@code avaya-printer},
 * {@code avaya-expanded}, {@code avaya-teleseer}, {@code avaya-lsu}, {@code avaya-int-isdn}, or a
 * site's customized layout). The preset {@code avaya-unformatted} is:
 *
 * <pre>
 * sample "240126 0931 0042 7 9   101     2101               13912345678     4711        1       012 0"
 * fields  |start      |dur |c|ACD|ACU|TAC|calling           |dialed         |acct |auth |F|I|in |out|f
 *         (| marks a field's first column; each field ends with a space column. c condition code,
 *          ACD/ACU access code dialed/used, TAC incoming trunk access code, F FRL, I IXC,
 *          in/out circuits, f feature flag)
 * </pre>
 *
 * and the printer format, which like most standard formats has no date, is:
 *
 * <pre>
 * date record  "01 24"                        (MM dd, sent at link start and every midnight)
 * call record  "0931 0007 A 9   101 13912345678     2101  4711 ..."
 *               |end |HMMT|c|ACD|ACU|dialed          |clg  |account
 * </pre>
 *
 * <p>Time: a start date-time in PBX local time ({@link PbxLocalTime}); or the END time of day with
 * the date from the last date record ({@link AvayaCallDates}), start = end - duration; or, in
 * formats with no time at all (LSU), the time the record was received as its end. Duration:
 * seconds or H MM T ({@link AvayaDurations}). Condition codes are translated to the standard
 * alphabet ({@link AvayaConditionCodes}). When an access code was dialed the call went out through
 * it and the dialed-number field holds the number without it. {@code trunkIn} is the incoming trunk
 * access code and circuit ({@code 701/007}), {@code trunkOut} the access code used and outgoing
 * circuit. The records of a call of ten hours or more share a correlation id ({@link AvayaChains}).
 * One instance per PBX: it remembers that PBX's last date record and its open chains.
 */
public final class AvayaCdrDecoder implements RecordDecoder {

    private final FixedWidthLayout layout;
    private final PbxLocalTime clock;
    private final AvayaCallDates dates;
    private final AvayaChains chains = new AvayaChains();
    private final ZoneId zone;
    private final Column start;
    private final Column endTime;
    private final Column duration;
    private final Column condition;
    private final Column[] accessCodeDialed;
    private final Column[] accessCodeUsed;
    private final Column[] trunkAccessCodeIn;
    private final Column[] calling;
    private final Column[] dialed;
    private final Column[] account;
    private final Column[] auth;
    private final Column[] circuitIn;
    private final Column[] circuitOut;

    public AvayaCdrDecoder(FixedWidthLayout layout, ZoneId zone) {
        this.layout = layout;
        this.clock = new PbxLocalTime(zone);
        this.dates = new AvayaCallDates(zone);
        this.zone = zone;
        this.start = layout.column(LayoutField.START);
        this.endTime = layout.column(LayoutField.END_TIME);
        this.duration = layout.column(LayoutField.DURATION);
        this.condition = layout.column(LayoutField.CONDITION_CODE);
        this.accessCodeDialed = layout.parts(LayoutField.ACCESS_CODE_DIALED);
        this.accessCodeUsed = layout.parts(LayoutField.ACCESS_CODE_USED);
        this.trunkAccessCodeIn = layout.parts(LayoutField.TRUNK_ACCESS_CODE_IN);
        this.calling = layout.parts(LayoutField.CALLING_NUMBER);
        this.dialed = layout.parts(LayoutField.DIALED_NUMBER);
        this.account = layout.parts(LayoutField.ACCOUNT_CODE);
        this.auth = layout.parts(LayoutField.AUTH_CODE);
        this.circuitIn = layout.parts(LayoutField.CIRCUIT_IN);
        this.circuitOut = layout.parts(LayoutField.CIRCUIT_OUT);
    }

    @Override
    public Decoded decode(RawRecord record) {
        byte[] line = record.bytes();
        int first = 0;
        int last = line.length;
        while (first < last && line[first] <= ' ' && line[first] >= 0) {
            first++;
        }
        while (last > first && line[last - 1] <= ' ' && line[last - 1] >= 0) {
            last--;
        }
        if (first == last) {
            return Decoded.skipped("blank line");
        }
        int bad = firstNonText(line, first, last);
        if (bad >= 0) {
            return Decoded.rejected(String.format("not a text record: byte 0x%02x at column %d", line[bad] & 0xff, bad));
        }
        LocalTimestampPattern datePattern = layout.dateRecordPattern();
        if (datePattern != null && last - first == datePattern.width()) {
            return dateRecord(record, line, first, datePattern);
        }
        if (last - first < layout.minimumLength()) {
            return Decoded.rejected("only " + (last - first) + " characters after trimming; " + layout.name()
                    + " records have at least " + layout.minimumLength());
        }
        int seconds = AvayaDurations.seconds(line, duration, layout.durationFormat());
        if (seconds < 0) {
            return Decoded.rejected(AvayaDurations.rejection(line, duration, layout.durationFormat(), seconds));
        }
        Instant callStart = callStart(record, line, seconds);
        if (callStart == null) {
            Column time = start.isPresent() ? start : endTime;
            LocalTimestampPattern pattern = start.isPresent() ? layout.startPattern() : layout.endTimePattern();
            return Decoded.rejected((start.isPresent() ? "start '" : "end time '") + verbatim(line, time)
                    + "' is not a valid " + pattern + (start.isPresent() ? " date-time" : " time of day")
                    + " (columns " + time + ")");
        }
        return Decoded.leg(leg(record, line, callStart, seconds));
    }

    private Decoded dateRecord(RawRecord record, byte[] line, int first, LocalTimestampPattern pattern) {
        String written = new String(line, first, pattern.width(), StandardCharsets.ISO_8859_1);
        long local = pattern.parse(line, first);
        if (local == LocalTimestampPattern.INVALID) {
            return Decoded.rejected("date record '" + written + "' is not a valid " + pattern + " month and day");
        }
        LocalDate date = dates.dateRecord(LocalTimestampPattern.monthDay(local), record.receivedAt());
        if (date == null) {
            return Decoded.rejected("date record '" + written + "' names no date in the year it was received or the one before");
        }
        return Decoded.skipped("date record " + date);
    }

    /** The call's start instant, or null when its time field is malformed. */
    private Instant callStart(RawRecord record, byte[] line, int seconds) {
        if (start.isPresent()) {
            long local = layout.startPattern().parse(line, start.start());
            return local == LocalTimestampPattern.INVALID ? null : clock.toInstant(local);
        }
        if (!endTime.isPresent()) {
            return record.receivedAt().minusSeconds(seconds);
        }
        long time = layout.endTimePattern().parse(line, endTime.start());
        if (time == LocalTimestampPattern.INVALID) {
            return null;
        }
        int secondOfDay = LocalTimestampPattern.secondOfDay(time);
        return clock.toInstant(dates.localEpochSecond(secondOfDay, record.receivedAt())).minusSeconds(seconds);
    }

    private CallLeg leg(RawRecord record, byte[] line, Instant callStart, int seconds) {
        boolean outboundSide = !isBlank(line, accessCodeDialed) || !isBlank(line, accessCodeUsed)
                || !isBlank(line, circuitOut);
        boolean inboundSide = !isBlank(line, trunkAccessCodeIn) || !isBlank(line, circuitIn);
        String code = AvayaConditionCodes.standard(text(line, condition), layout.conditionCodes());
        String callingNumber = text(line, calling);
        String dialedNumber = text(line, dialed);
        String trunkIn = pair(line, trunkAccessCodeIn, circuitIn);
        String trunkOut = pair(line, accessCodeUsed, circuitOut);
        return CallLeg.from(record, zone)
                .start(callStart)
                .durationSeconds(seconds)
                .conditionCode(code)
                .callingNumber(callingNumber)
                .dialedNumber(dialedNumber)
                .accountCode(text(line, account))
                .authCode(text(line, auth))
                .direction(AvayaConditionCodes.direction(code, inboundSide, outboundSide))
                .trunkIn(trunkIn)
                .trunkOut(trunkOut)
                .correlationId(chains.correlate(code, callingNumber, dialedNumber, trunkIn, trunkOut, callStart,
                        callStart.plusSeconds(seconds)))
                .build();
    }
}
