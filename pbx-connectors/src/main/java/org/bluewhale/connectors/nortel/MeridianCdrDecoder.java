package org.bluewhale.connectors.nortel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluewhale.connectors.layout.PbxLocalTime;
import org.bluewhale.connectors.layout.YearlessDates;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Nortel Meridian 1 / CS 1000 CDR teletype records:
 *
 * <pre>
 * "N 001 00 DN2101   T005012  01/24 09:31:42 00:10:30.0 013912345678"
 *  |type |rec|cust|orig ID  |term ID  |MM/DD|HH:MM:SS|HH:MM:SS.T|digits dialed
 * </pre>
 *
 * Fields are separated by spaces (their widths differ between releases, so they are read as
 * words). Record types: N normal, S start and X transfer and E end (the pieces of a transferred
 * call), L internal, B abandoned become legs; T time stamp, A authorisation code, C/M charge,
 * I initialization, the ACD connection records (F, Q, R) and the others carry no call and are
 * skipped. Lines of the new format's second and third lines (starting with {@code &} or a space)
 * are skipped too: they hold extra data this decoder does not read.
 *
 * <p>The time stamp is when the call ENDED (N, L, E), the transfer completed (X) or the caller
 * gave up (B), so start = time - duration; an S record's time is the call's start. The date has no
 * year: it is inferred from the receive time ({@link YearlessDates}). Numbers: a station
 * ({@code DN...}) calling a trunk ({@code T...}) is outgoing (calling = the extension, dialed = the
 * digits); a trunk to a station incoming (dialed = the extension); station to station internal;
 * trunk to trunk tandem. The condition code is the record type; the ID fields are the devices; S,
 * X and E records carry {@code customer:trunk ID} as correlation key, which is what ties the pieces
 * of one transferred call together. A B record's duration is ring time, not talk.
 */
public final class MeridianCdrDecoder implements RecordDecoder {

    private static final Pattern RECORD = Pattern.compile(
            "([A-Z]) +(\\d{3}) +(\\d{2}) +(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+)(?: +(\\S*))?.*");
    private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})");
    private static final Pattern DURATION = Pattern.compile("(\\d{2,3}):(\\d{2}):(\\d{2})(?:\\.\\d)?");
    private static final String CALL_TYPES = "NSXELB";

    private final ZoneId zone;
    private final PbxLocalTime clock;

    public MeridianCdrDecoder(ZoneId zone) {
        this.zone = zone;
        this.clock = new PbxLocalTime(zone);
    }

    @Override
    public Decoded decode(RawRecord record) {
        String line = record.text().stripTrailing();
        if (line.isBlank()) {
            return Decoded.skipped("blank line");
        }
        if (line.charAt(0) == '&' || line.charAt(0) == ' ') {
            return Decoded.skipped("continuation line of a new-format CDR record");
        }
        char type = line.charAt(0);
        if (type >= 'A' && type <= 'Z' && CALL_TYPES.indexOf(type) < 0 && (line.length() == 1 || line.charAt(1) == ' ')) {
            return Decoded.skipped("Meridian " + type + " record (no call)");
        }
        Matcher fields = RECORD.matcher(line);
        if (!fields.matches()) {
            return Decoded.rejected("not a Meridian CDR record: expected type, record number, customer, originating ID, "
                    + "terminating ID, MM/DD, HH:MM:SS and duration separated by spaces");
        }
        Matcher date = DATE.matcher(fields.group(6));
        Matcher time = TIME.matcher(fields.group(7));
        Matcher duration = DURATION.matcher(fields.group(8));
        if (!date.matches()) {
            return Decoded.rejected("date '" + fields.group(6) + "' is not MM/DD");
        }
        if (!duration.matches() || Integer.parseInt(duration.group(2)) > 59 || Integer.parseInt(duration.group(3)) > 59) {
            return Decoded.rejected("duration '" + fields.group(8) + "' is not HH:MM:SS.T");
        }
        Instant stamp = stamp(date, time, record.receivedAt());
        if (stamp == null) {
            return Decoded.rejected("time stamp '" + fields.group(6) + " " + fields.group(7)
                    + "' is not a valid MM/DD HH:MM:SS date and time");
        }
        int seconds = Integer.parseInt(duration.group(1)) * 3600 + Integer.parseInt(duration.group(2)) * 60
                + Integer.parseInt(duration.group(3));
        return Decoded.leg(leg(record, fields, type, stamp, seconds));
    }

    private CallLeg leg(RawRecord record, Matcher fields, char type, Instant stamp, int seconds) {
        MeridianParty from = MeridianParty.parse(fields.group(4));
        MeridianParty to = MeridianParty.parse(fields.group(5));
        String digits = fields.group(9) == null ? "" : fields.group(9);
        boolean abandoned = type == 'B';
        Instant start = type == 'S' ? stamp : stamp.minusSeconds(seconds);
        String trunk = from.isTrunk() ? from.id() : to.isTrunk() ? to.id() : "";
        boolean piece = type == 'S' || type == 'X' || type == 'E';
        return CallLeg.from(record, zone)
                .start(start)
                .durationSeconds(abandoned ? 0 : seconds)
                .ringSeconds(abandoned ? seconds : 0)
                .conditionCode(String.valueOf(type))
                .callingNumber(from.isStation() ? from.extension() : "")
                .dialedNumber(!digits.isEmpty() ? digits : to.extension())
                .direction(direction(from, to))
                .trunkIn(from.trunk())
                .trunkOut(to.trunk())
                .callingDevice(from.id())
                .calledDevice(to.id())
                .correlationId(piece && !trunk.isEmpty() ? fields.group(3) + ":" + trunk : "")
                .build();
    }

    private static Direction direction(MeridianParty from, MeridianParty to) {
        if (from.isTrunk()) {
            return to.isTrunk() ? Direction.TANDEM : Direction.INCOMING;
        }
        if (to.isTrunk()) {
            return Direction.OUTGOING;
        }
        return from.isStation() && to.isStation() ? Direction.INTERNAL : Direction.UNKNOWN;
    }

    /** The local time stamp as an instant, or null when it names no valid date and time. */
    private Instant stamp(Matcher date, Matcher time, Instant receivedAt) {
        int month = Integer.parseInt(date.group(1));
        int day = Integer.parseInt(date.group(2));
        if (!time.matches() || month < 1 || month > 12 || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
            return null;
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        int second = Integer.parseInt(time.group(3));
        LocalDate when = YearlessDates.resolve(MonthDay.of(month, day), LocalDate.ofInstant(receivedAt, zone));
        if (when == null || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return clock.toInstant(when.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second);
    }
}
