package org.bluewhale.connectors.panasonic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluewhale.connectors.layout.LocalTimestampPattern;
import org.bluewhale.connectors.layout.PbxLocalTime;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Panasonic KX-TDA / KX-TDE / KX-NS SMDR print lines:
 *
 * <pre>
 *   Date     Time    Ext  CO  Dial Number                 Ring Duration  Acc code  CD
 * --------------------------------------------------------------------------------------
 * 01/24/26 09:31AM   2101 01  013912345678                     00:00'42  4711
 * 01/24/26 09:40AM   2345 02  &lt;I&gt;02188776655             0'07 00:05'05            TR
 *  date     start    ext  CO  number (&lt;I&gt; + caller ID when incoming)  ring m'ss, duration hh:mm'ss
 * </pre>
 *
 * The columns' widths differ between models and settings, so fields are read as words. The time
 * is when the call began, in 12-hour ({@code 09:31AM}) or 24-hour form; the date order is the PBX's
 * setting, {@code MM/dd/yy} or {@code dd/MM/yy} (two formats). An incoming call's number is
 * {@code <I>} followed by the caller's number: calling = caller, dialed = extension, trunkIn =
 * CO line; otherwise calling = extension, dialed = the number, trunkOut = CO line. CD (TR
 * transferred, FW forwarded, ...) is the condition code. Header and ruler lines are skipped.
 */
public final class PanasonicSmdrDecoder implements RecordDecoder {

    private static final Pattern RECORD = Pattern.compile("(\\d{2}/\\d{2}/\\d{2}) +(\\d{1,2}):(\\d{2}) ?([AP]M)? +(\\S+) +(\\d+) +"
            + "(\\S+) +(?:(\\d{1,2})'(\\d{2}) +)?(\\d{2}):(\\d{2})'(\\d{2})((?: +\\S+)*) *");
    private static final Pattern CONDITION = Pattern.compile("[A-Z]{2}");
    private static final String INCOMING = "<I>";

    private final ZoneId zone;
    private final PbxLocalTime clock;
    private final LocalTimestampPattern datePattern;

    /** @param dateOrder {@code MM/dd/yy} or {@code dd/MM/yy} */
    public PanasonicSmdrDecoder(ZoneId zone, String dateOrder) {
        this.zone = zone;
        this.clock = new PbxLocalTime(zone);
        this.datePattern = LocalTimestampPattern.compile(dateOrder + " HH:mm");
    }

    @Override
    public Decoded decode(RawRecord record) {
        String line = record.text().strip();
        if (line.isEmpty() || line.startsWith("Date") || line.chars().allMatch(c -> c == '-' || c == '=' || c == ' ')) {
            return Decoded.skipped(line.isEmpty() ? "blank line" : "SMDR header line");
        }
        Matcher m = RECORD.matcher(line);
        if (!m.matches()) {
            return Decoded.rejected("not a Panasonic SMDR line: expected date, time, extension, CO line, number, "
                    + "[ring m'ss,] duration hh:mm'ss [, account code] [, CD] separated by spaces");
        }
        Instant start = start(m);
        if (start == null) {
            return Decoded.rejected("'" + m.group(1) + " " + m.group(2) + ":" + m.group(3) + (m.group(4) == null ? "" : m.group(4))
                    + "' is not a valid " + datePattern.toString().substring(0, 8) + " date and time");
        }
        if (Integer.parseInt(m.group(11)) > 59 || Integer.parseInt(m.group(12)) > 59) {
            return Decoded.rejected("duration '" + m.group(10) + ":" + m.group(11) + "'" + m.group(12) + "' is not hh:mm'ss");
        }
        int duration = Integer.parseInt(m.group(10)) * 3600 + Integer.parseInt(m.group(11)) * 60 + Integer.parseInt(m.group(12));
        int ring = m.group(8) == null ? 0 : Integer.parseInt(m.group(8)) * 60 + Integer.parseInt(m.group(9));
        String extension = m.group(5);
        String number = m.group(7);
        boolean incoming = number.startsWith(INCOMING);
        String[] rest = m.group(13).strip().split(" +");
        String condition = rest.length > 0 && CONDITION.matcher(rest[rest.length - 1]).matches() ? rest[rest.length - 1] : "";
        String account = rest.length > (condition.isEmpty() ? 0 : 1) && !rest[0].isEmpty() ? rest[0] : "";
        return Decoded.leg(CallLeg.from(record, zone)
                .start(start)
                .durationSeconds(duration)
                .ringSeconds(ring)
                .callingNumber(incoming ? number.substring(INCOMING.length()) : extension)
                .dialedNumber(incoming ? extension : number)
                .direction(incoming ? Direction.INCOMING : Direction.OUTGOING)
                .trunkIn(incoming ? m.group(6) : "")
                .trunkOut(incoming ? "" : m.group(6))
                .accountCode(account)
                .conditionCode(condition)
                .build());
    }

    /** The start instant, or null when date or time are not valid. */
    private Instant start(Matcher m) {
        int hour = Integer.parseInt(m.group(2));
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("PM") ? 12 : 0);
        }
        String text = m.group(1) + " " + (hour < 10 ? "0" : "") + hour + ":" + m.group(3);
        long local = datePattern.parse(text);
        return local == LocalTimestampPattern.INVALID ? null : clock.toInstant(local);
    }
}
