package org.bluewhale.connectors.avaya;

import static org.bluewhale.connectors.layout.FixedWidthFields.NOT_A_NUMBER;
import static org.bluewhale.connectors.layout.FixedWidthFields.firstNonText;
import static org.bluewhale.connectors.layout.FixedWidthFields.isBlank;
import static org.bluewhale.connectors.layout.FixedWidthFields.number;
import static org.bluewhale.connectors.layout.FixedWidthFields.pair;
import static org.bluewhale.connectors.layout.FixedWidthFields.text;
import static org.bluewhale.connectors.layout.FixedWidthFields.verbatim;

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
 * Decodes Avaya CM customized ("unformatted") CDR lines laid out by a {@link FixedWidthLayout};
 * the preset {@code avaya-unformatted} is:
 *
 * <pre>
 * sample "240126 0931 0042 7 9   101     2101               13912345678     4711        1       012 0"
 * fields  |start      |dur |c|ACD|ACU|TAC|calling           |dialed         |acct |auth |F|I|in |out|f
 *         (| marks a field's first column; each field ends with a space column. c condition code,
 *          ACD/ACU access code dialed/used, TAC incoming trunk access code, F FRL, I IXC,
 *          in/out circuits, f feature flag)
 * </pre>
 *
 * The start is PBX local time, read in the PBX's zone ({@link PbxLocalTime}); the duration is in
 * seconds. When an access code was dialed the call went out through it and the dialed-number
 * field holds the number without it. {@code trunkIn} is the incoming trunk access code and
 * circuit ({@code 701/007}), {@code trunkOut} the access code used and outgoing circuit.
 * The decoder reads bytes in place; only the strings a {@link CallLeg} keeps are created.
 */
public final class AvayaUnformattedDecoder implements RecordDecoder {

    private final FixedWidthLayout layout;
    private final LocalTimestampPattern startPattern;
    private final PbxLocalTime clock;
    private final ZoneId zone;
    private final Column start;
    private final Column duration;
    private final Column condition;
    private final Column accessCodeDialed;
    private final Column accessCodeUsed;
    private final Column trunkAccessCodeIn;
    private final Column calling;
    private final Column dialed;
    private final Column account;
    private final Column auth;
    private final Column circuitIn;
    private final Column circuitOut;

    public AvayaUnformattedDecoder(FixedWidthLayout layout, ZoneId zone) {
        this.layout = layout;
        this.startPattern = layout.startPattern();
        this.clock = new PbxLocalTime(zone);
        this.zone = zone;
        this.start = layout.column(LayoutField.START);
        this.duration = layout.column(LayoutField.DURATION);
        this.condition = layout.column(LayoutField.CONDITION_CODE);
        this.accessCodeDialed = layout.column(LayoutField.ACCESS_CODE_DIALED);
        this.accessCodeUsed = layout.column(LayoutField.ACCESS_CODE_USED);
        this.trunkAccessCodeIn = layout.column(LayoutField.TRUNK_ACCESS_CODE_IN);
        this.calling = layout.column(LayoutField.CALLING_NUMBER);
        this.dialed = layout.column(LayoutField.DIALED_NUMBER);
        this.account = layout.column(LayoutField.ACCOUNT_CODE);
        this.auth = layout.column(LayoutField.AUTH_CODE);
        this.circuitIn = layout.column(LayoutField.CIRCUIT_IN);
        this.circuitOut = layout.column(LayoutField.CIRCUIT_OUT);
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
        if (last - first < layout.minimumLength()) {
            return Decoded.rejected("only " + (last - first) + " characters after trimming; " + layout.name()
                    + " records have at least " + layout.minimumLength());
        }
        long local = startPattern.parse(line, start.start());
        if (local == LocalTimestampPattern.INVALID) {
            return Decoded.rejected("start '" + verbatim(line, start) + "' is not a valid " + startPattern
                    + " date-time (columns " + start + ")");
        }
        int seconds = number(line, duration);
        if (seconds == NOT_A_NUMBER) {
            return Decoded.rejected("duration '" + verbatim(line, duration) + "' is not a number (columns "
                    + duration + ")");
        }
        boolean outboundSide = !isBlank(line, accessCodeDialed) || !isBlank(line, accessCodeUsed)
                || !isBlank(line, circuitOut);
        boolean inboundSide = !isBlank(line, trunkAccessCodeIn) || !isBlank(line, circuitIn);
        String code = text(line, condition);
        Direction direction = AvayaConditionCodes.direction(code, inboundSide, outboundSide);
        return Decoded.leg(CallLeg.from(record, zone)
                .start(clock.toInstant(local))
                .durationSeconds(seconds)
                .conditionCode(code)
                .callingNumber(text(line, calling))
                .dialedNumber(text(line, dialed))
                .accountCode(text(line, account))
                .authCode(text(line, auth))
                .direction(direction)
                .trunkIn(pair(line, trunkAccessCodeIn, circuitIn))
                .trunkOut(pair(line, accessCodeUsed, circuitOut))
                .build());
    }
}
