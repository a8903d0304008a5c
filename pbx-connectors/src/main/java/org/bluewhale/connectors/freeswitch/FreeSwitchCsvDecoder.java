package org.bluewhale.connectors.freeswitch;

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
 * Decodes FreeSWITCH {@code mod_cdr_csv} lines written with the example template, which has no
 * header row:
 *
 * <pre>
 * "Wang Li","2101","013912345678","default","2026-01-24 09:30:48","2026-01-24 09:31:00",
 * "2026-01-24 09:31:42","54","42","NORMAL_CLEARING","0b4c5e1a-...","5d2f7c90-...","4711","PCMA","PCMA"
 *  0 caller_id_name  1 caller_id_number  2 destination_number  3 context  4 start_stamp
 *  5 answer_stamp ("" if unanswered)  6 end_stamp  7 duration  8 billsec  9 hangup_cause
 *  10 uuid  11 bleg_uuid  12 accountcode  13 read_codec  14 write_codec
 * </pre>
 *
 * Times are PBX local time. Mapping: start = answer_stamp, or start_stamp for an unanswered call;
 * talk time = billsec; ring time = duration - billsec; conditionCode = hangup_cause;
 * correlationId = uuid. The template names no channels, so direction is a heuristic: the
 * {@code public} context (where the stock dial plan puts calls from gateways) is incoming;
 * otherwise by number shape ({@link ExtensionNumbers}): extension to extension internal, extension
 * to public number outgoing, anything else to an extension incoming, the rest unknown.
 */
public final class FreeSwitchCsvDecoder implements RecordDecoder {

    private static final int COLUMNS = 15;
    private static final int CALLER_NUMBER = 1;
    private static final int DESTINATION = 2;
    private static final int CONTEXT = 3;
    /** start_stamp, answer_stamp, end_stamp, duration, billsec: five columns from here. */
    private static final int TIMING = 4;
    private static final int HANGUP_CAUSE = 9;
    private static final int UUID = 10;
    private static final int ACCOUNT = 12;

    private static final String INBOUND_CONTEXT = "public";

    private final ZoneId zone;
    private final CsvCallTimes times;
    private final CsvRow fields = new CsvRow();

    public FreeSwitchCsvDecoder(ZoneId zone) {
        this.zone = zone;
        this.times = new CsvCallTimes(zone, "start_stamp", "answer_stamp", "end_stamp");
    }

    @Override
    public Decoded decode(RawRecord record) {
        Decoded unparsed = fields.parseRecord(record);
        if (unparsed != null) {
            return unparsed;
        }
        if (fields.size() != COLUMNS) {
            return Decoded.rejected(fields.size() + " columns; the mod_cdr_csv example template has " + COLUMNS
                    + " (a site with its own template needs its own format)");
        }
        CsvCallTimes.Timing timing = times.read(fields, TIMING);
        if (timing == null) {
            return Decoded.rejected(times.rejection());
        }
        String caller = fields.get(CALLER_NUMBER);
        String destination = fields.get(DESTINATION);
        return Decoded.leg(CallLeg.from(record, zone)
                .start(timing.talkStart())
                .durationSeconds(timing.billSeconds())
                .ringSeconds(timing.ringSeconds())
                .callingNumber(caller)
                .dialedNumber(destination)
                .direction(direction(fields.get(CONTEXT), caller, destination))
                .conditionCode(fields.get(HANGUP_CAUSE))
                .accountCode(fields.get(ACCOUNT))
                .correlationId(fields.get(UUID))
                .build());
    }

    private static Direction direction(String context, String caller, String destination) {
        if (context.equals(INBOUND_CONTEXT)) {
            return Direction.INCOMING;
        }
        boolean fromExtension = ExtensionNumbers.isExtension(caller);
        boolean toExtension = ExtensionNumbers.isExtension(destination);
        if (fromExtension) {
            return toExtension ? Direction.INTERNAL
                    : ExtensionNumbers.isPublicNumber(destination) ? Direction.OUTGOING : Direction.UNKNOWN;
        }
        return toExtension ? Direction.INCOMING : Direction.UNKNOWN;
    }
}
