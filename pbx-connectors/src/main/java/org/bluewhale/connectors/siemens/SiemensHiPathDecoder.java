package org.bluewhale.connectors.siemens;

import static org.bluewhale.connectors.layout.FixedWidthFields.NOT_A_NUMBER;
import static org.bluewhale.connectors.layout.FixedWidthFields.firstNonText;
import static org.bluewhale.connectors.layout.FixedWidthFields.number;
import static org.bluewhale.connectors.layout.FixedWidthFields.pair;
import static org.bluewhale.connectors.layout.FixedWidthFields.text;
import static org.bluewhale.connectors.layout.FixedWidthFields.verbatim;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.FixedWidthFields;
import org.bluewhale.connectors.layout.LocalTimestampPattern;
import org.bluewhale.connectors.layout.PbxLocalTime;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Siemens HiPath 3000/5000 call charge records: 109 fixed columns plus CR LF.
 *
 * <pre>
 * sample "24.01.2609:31:420010012101  0004200:00:4213912345678              0000000000324711                  000120003"
 * fields  |date   |end    |tr|nd|ext  |dur |hh:mm:s|external number         |tariff    ||account   |MSN       |line|LCR
 *         (1-based columns: 1-8 date DD.MM.YY, 9-16 END time, 17-19 trunk, 20-22 node, 23-28 extension,
 *          29-33 duration s, 34-41 duration hh:mm:ss, 42-66 external number, 67-77 tariff units,
 *          78 type (the unlabelled column: 1 in, 2 out), 79-89 account, 90-100 MSN, 101-105 trunk line, 106-109 LCR route)
 * </pre>
 *
 * The record is written when the call ends and carries its END time in PBX local time; start =
 * end - duration, computed on the instant so that a call spanning midnight or a DST change starts
 * at the right moment (an end time in a DST overlap is read with the earlier offset, see
 * {@link PbxLocalTime}). The duration comes from the seconds column, or from hh:mm:ss when a site
 * left that one blank. Type 1 is incoming (calling = external number, dialed = extension, trunkIn),
 * type 2 outgoing (calling = extension, dialed = external number, trunkOut); the trunk is
 * {@code trunk/line} from columns 17-19 and 101-105. The format has no condition code; tariff
 * units, node, MSN and LCR route are not carried by a {@link CallLeg}.
 *
 * <p>Not a {@code layouts/*.properties} preset: the layout vocabulary places a START time and fixed
 * calling/dialed columns, while HiPath writes the end time and swaps extension and external number
 * by call type. The columns are declared once, here.
 */
public final class SiemensHiPathDecoder implements RecordDecoder {

    static final LocalTimestampPattern END_PATTERN = LocalTimestampPattern.compile("dd.MM.yyHH:mm:ss");
    static final Column END = new Column(0, 16);
    static final Column TRUNK = new Column(16, 19);
    static final Column EXTENSION = new Column(22, 28);
    static final Column DURATION_SECONDS = new Column(28, 33);
    static final Column DURATION_CLOCK = new Column(33, 41);
    static final Column EXTERNAL_NUMBER = new Column(41, 66);
    static final Column TYPE = new Column(77, 78);
    static final Column ACCOUNT = new Column(78, 89);
    static final Column TRUNK_LINE = new Column(100, 105);

    private static final String INCOMING = "1";
    private static final String OUTGOING = "2";

    private final ZoneId zone;
    private final PbxLocalTime clock;

    public SiemensHiPathDecoder(ZoneId zone) {
        this.zone = zone;
        this.clock = new PbxLocalTime(zone);
    }

    @Override
    public Decoded decode(RawRecord record) {
        byte[] line = record.bytes();
        int last = line.length;
        while (last > 0 && line[last - 1] <= ' ' && line[last - 1] >= 0) {
            last--;
        }
        if (last == 0) {
            return Decoded.skipped("blank line");
        }
        int bad = firstNonText(line, 0, last);
        if (bad >= 0) {
            return Decoded.rejected(String.format("not a text record: byte 0x%02x at column %d", line[bad] & 0xff, bad));
        }
        if (last < TYPE.end()) {
            return Decoded.rejected("only " + last + " characters; siemens-hipath records reach at least the call type "
                    + "(columns " + TYPE + ")");
        }
        long endLocal = END_PATTERN.parse(line, END.start());
        if (endLocal == LocalTimestampPattern.INVALID) {
            return Decoded.rejected("end '" + verbatim(line, END) + "' is not a valid " + END_PATTERN
                    + " date-time (columns " + END + ")");
        }
        int seconds = duration(line);
        if (seconds == NOT_A_NUMBER) {
            return Decoded.rejected("duration '" + verbatim(line, DURATION_SECONDS) + "' (columns " + DURATION_SECONDS
                    + ") is not a number and '" + verbatim(line, DURATION_CLOCK) + "' (columns " + DURATION_CLOCK
                    + ") is not hh:mm:ss");
        }
        String type = text(line, TYPE);
        boolean incoming = type.equals(INCOMING);
        if (!incoming && !type.equals(OUTGOING)) {
            return Decoded.rejected("call type '" + type + "' is not 1 (incoming) or 2 (outgoing) (columns " + TYPE + ")");
        }
        Instant end = clock.toInstant(endLocal);
        String extension = text(line, EXTENSION);
        String external = text(line, EXTERNAL_NUMBER);
        String trunk = pair(line, TRUNK, TRUNK_LINE);
        return Decoded.leg(CallLeg.from(record, zone)
                .start(end.minusSeconds(seconds))
                .durationSeconds(seconds)
                .callingNumber(incoming ? external : extension)
                .dialedNumber(incoming ? extension : external)
                .direction(incoming ? Direction.INCOMING : Direction.OUTGOING)
                .accountCode(text(line, ACCOUNT))
                .trunkIn(incoming ? trunk : "")
                .trunkOut(incoming ? "" : trunk)
                .build());
    }

    /** Seconds from columns 29-33, else from hh:mm:ss in 34-41, else {@link FixedWidthFields#NOT_A_NUMBER}. */
    private static int duration(byte[] line) {
        int seconds = number(line, DURATION_SECONDS);
        if (seconds != NOT_A_NUMBER) {
            return seconds;
        }
        int at = DURATION_CLOCK.start();
        if (line.length < DURATION_CLOCK.end() || line[at + 2] != ':' || line[at + 5] != ':') {
            return NOT_A_NUMBER;
        }
        int hours = twoDigits(line, at);
        int minutes = twoDigits(line, at + 3);
        int secs = twoDigits(line, at + 6);
        if (hours < 0 || minutes < 0 || minutes > 59 || secs < 0 || secs > 59) {
            return NOT_A_NUMBER;
        }
        return hours * 3600 + minutes * 60 + secs;
    }

    private static int twoDigits(byte[] line, int at) {
        int tens = line[at] - '0';
        int units = line[at + 1] - '0';
        return tens < 0 || tens > 9 || units < 0 || units > 9 ? -1 : tens * 10 + units;
    }
}
