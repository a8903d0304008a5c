package org.bluewhale.connectors.asterisk;

import java.time.ZoneId;
import org.bluewhale.connectors.csv.CsvCallTimes;
import org.bluewhale.connectors.csv.CsvRow;
import org.bluewhale.connectors.csv.ExtensionNumbers;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Asterisk {@code cdr_csv} lines (Master.csv), which have no header row:
 *
 * <pre>
 * "4711","2101","013912345678","from-internal","""Wang Li"" &lt;2101&gt;","PJSIP/2101-0000001a",
 * "PJSIP/cn-telecom-0000001b","Dial","PJSIP/013912345678@cn-telecom,60","2026-01-24 09:30:48",
 * "2026-01-24 09:31:00","2026-01-24 09:31:42",54,42,"ANSWERED","DOCUMENTATION","1769218248.26",""
 *  0 accountcode  1 src  2 dst  3 dcontext  4 clid  5 channel  6 dstchannel  7 lastapp  8 lastdata
 *  9 start  10 answer ("" if unanswered)  11 end  12 duration  13 billsec  14 disposition
 *  15 amaflags  then, as cdr.conf's [csv] section asks: [uniqueid (loguniqueid)]
 *  [userfield (loguserfield)]  [peeraccount  linkedid  sequence (newcdrcolumns)]
 * </pre>
 *
 * So rows have 16 to 21 columns ({@link AsteriskColumns}). Times are PBX local time (a site with
 * {@code usegmtime=yes} configures the PBX's zone as UTC).
 *
 * <p>Mapping: start = answer, or start for an unanswered call; talk time = billsec; ring time =
 * duration - billsec; conditionCode = disposition (ANSWERED, NO ANSWER, BUSY, FAILED);
 * correlationId = linkedid, else uniqueid; callingDevice and calledDevice = channel and
 * dstchannel. Direction is a heuristic ({@link AsteriskChannels},
 * {@link ExtensionNumbers}): a trunk dstchannel with an extension as src is outgoing; a src that is
 * not an extension calling an extension is incoming; extension to extension is internal; anything
 * else is unknown. trunkIn/trunkOut are the trunk channels without their per-call suffix.
 */
public final class AsteriskCsvDecoder implements RecordDecoder {

    private static final int ACCOUNT = 0;
    private static final int SRC = 1;
    private static final int DST = 2;
    private static final int CHANNEL = 5;
    private static final int DST_CHANNEL = 6;
    /** start, answer, end, duration, billsec: five columns from here. */
    private static final int TIMING = 9;
    private static final int DISPOSITION = 14;

    private final ZoneId zone;
    private final CsvCallTimes times;
    private final CsvRow fields = new CsvRow();

    public AsteriskCsvDecoder(ZoneId zone) {
        this.zone = zone;
        this.times = new CsvCallTimes(zone, "start", "answer", "end");
    }

    @Override
    public Decoded decode(RawRecord record) {
        Decoded unparsed = fields.parseRecord(record);
        if (unparsed != null) {
            return unparsed;
        }
        AsteriskColumns columns = AsteriskColumns.of(fields);
        if (columns == null) {
            return Decoded.rejected(AsteriskColumns.rejection(fields));
        }
        CsvCallTimes.Timing timing = times.read(fields, TIMING);
        if (timing == null) {
            return Decoded.rejected(times.rejection());
        }
        String src = fields.get(SRC);
        String dst = fields.get(DST);
        String channel = fields.get(CHANNEL);
        String dstChannel = fields.get(DST_CHANNEL);
        String trunkIn = AsteriskChannels.trunk(channel);
        String trunkOut = AsteriskChannels.trunk(dstChannel);
        return Decoded.leg(CallLeg.from(record, zone)
                .start(timing.talkStart())
                .durationSeconds(timing.billSeconds())
                .ringSeconds(timing.ringSeconds())
                .callingNumber(src)
                .dialedNumber(dst)
                .direction(direction(src, dst, !trunkOut.isEmpty()))
                .conditionCode(fields.get(DISPOSITION))
                .accountCode(fields.get(ACCOUNT))
                .trunkIn(trunkIn)
                .trunkOut(trunkOut)
                .correlationId(columns.correlationId(fields))
                .callingDevice(channel)
                .calledDevice(dstChannel)
                .build());
    }

    private static Direction direction(String src, String dst, boolean toTrunk) {
        boolean fromExtension = ExtensionNumbers.isExtension(src);
        if (toTrunk && fromExtension) {
            return Direction.OUTGOING;
        }
        boolean toExtension = ExtensionNumbers.isExtension(dst);
        if (!fromExtension && toExtension) {
            return Direction.INCOMING;
        }
        return fromExtension && toExtension ? Direction.INTERNAL : Direction.UNKNOWN;
    }
}
