package org.bluewhale.connectors.custom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes the lines of a PBX described by an operator's {@link CustomLayout}. A line is read
 * (trailing spaces and line ends removed) unless it is blank or matches the layout's {@code skip}
 * pattern; its fields are found by the layout's kind ({@link FieldSource}) and turned into a leg:
 *
 * <ul>
 *   <li>start: the start field, or date + start-time; else end (or date + end-time) minus the
 *       duration;</li>
 *   <li>duration: the duration field, or end minus start; ring: the ring field (same format);</li>
 *   <li>direction: the direction field's value looked up in {@code directions}, else unknown;</li>
 *   <li>every other field verbatim.</li>
 * </ul>
 *
 * A field that cannot be read rejects the line with its name, where it is and what it should look
 * like. One instance per PBX (a delimited layout remembers the header row).
 */
public final class CustomLayoutDecoder implements RecordDecoder {

    private final CompiledLayout layout;
    private final FieldSource source;
    private final ZoneId zone;
    /** Whether the last line was split into fields (for {@link #fields}). */
    private boolean split;

    /** Checks the layout: a {@link org.bluewhale.connectors.layout.LayoutException} says what to fix. */
    public CustomLayoutDecoder(CustomLayout layout, ZoneId zone) {
        this.layout = CompiledLayout.compile(layout);
        this.source = this.layout.newSource();
        this.zone = zone;
    }

    @Override
    public Decoded decode(RawRecord record) {
        split = false;
        String line = record.text().stripTrailing();
        if (line.isBlank()) {
            return Decoded.skipped("blank line");
        }
        if (layout.skip != null && layout.skip.matcher(line).find()) {
            return Decoded.skipped("line matches the skip pattern of layout '" + layout.name + "'");
        }
        Decoded unread = source.read(line);
        if (unread != null) {
            return unread;
        }
        split = true;
        try {
            return Decoded.leg(leg(record));
        } catch (BadField e) {
            return Decoded.rejected(e.getMessage());
        }
    }

    /**
     * The text of every mapped field of the last line, by field name: what the preview shows. Empty
     * when that line could not be split into fields.
     */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!split) {
            return fields;
        }
        for (LegField field : LegField.values()) {
            if (layout.maps(field)) {
                fields.put(field.key(), source.get(field));
            }
        }
        return fields;
    }

    private CallLeg leg(RawRecord record) {
        LocalDate received = LocalDate.ofInstant(record.receivedAt(), zone);
        Instant start = instant(LegField.START, LegField.START_TIME, received);
        Instant end = instant(LegField.END, LegField.END_TIME, received);
        int seconds;
        if (layout.maps(LegField.DURATION)) {
            seconds = seconds(LegField.DURATION);
        } else {
            seconds = (int) (end.getEpochSecond() - start.getEpochSecond());
            if (seconds < 0) {
                throw new BadField("end " + end + " is before start " + start);
            }
        }
        String direction = source.get(LegField.DIRECTION);
        return CallLeg.from(record, zone)
                .start(start != null ? start : end.minusSeconds(seconds))
                .durationSeconds(seconds)
                .ringSeconds(layout.maps(LegField.RING) && !source.get(LegField.RING).isEmpty() ? seconds(LegField.RING) : 0)
                .callingNumber(source.get(LegField.CALLING))
                .dialedNumber(source.get(LegField.DIALED))
                .direction(layout.directions.getOrDefault(direction, Direction.UNKNOWN))
                .conditionCode(source.get(LegField.CONDITION))
                .accountCode(source.get(LegField.ACCOUNT))
                .authCode(source.get(LegField.AUTH))
                .trunkIn(source.get(LegField.TRUNK_IN))
                .trunkOut(source.get(LegField.TRUNK_OUT))
                .correlationId(source.get(LegField.CORRELATION_ID))
                .originalCalledNumber(source.get(LegField.ORIGINAL_CALLED))
                .finalCalledNumber(source.get(LegField.FINAL_CALLED))
                .lastRedirectingNumber(source.get(LegField.LAST_REDIRECTING))
                .callingDevice(source.get(LegField.CALLING_DEVICE))
                .calledDevice(source.get(LegField.CALLED_DEVICE))
                .build();
    }

    /** The date-time field, or date + time-of-day field; null when the layout maps neither. */
    private Instant instant(LegField dateTime, LegField timeOfDay, LocalDate received) {
        if (layout.maps(dateTime)) {
            String text = source.get(dateTime);
            Instant instant = layout.times.get(dateTime).instant(text, zone);
            if (instant == null) {
                throw bad(dateTime, text, layout.times.get(dateTime).describe());
            }
            return instant;
        }
        if (!layout.maps(timeOfDay) || !layout.maps(LegField.DATE)) {
            return null;
        }
        String dateText = source.get(LegField.DATE);
        LocalDate date = layout.times.get(LegField.DATE).date(dateText, received);
        if (date == null) {
            throw bad(LegField.DATE, dateText, layout.times.get(LegField.DATE).describe());
        }
        String timeText = source.get(timeOfDay);
        LocalTime time = layout.times.get(timeOfDay).time(timeText);
        if (time == null) {
            throw bad(timeOfDay, timeText, layout.times.get(timeOfDay).describe());
        }
        return ZonedDateTime.ofLocal(date.atTime(time), zone, null).toInstant();
    }

    private int seconds(LegField field) {
        String text = source.get(field);
        int seconds = layout.duration.seconds(text);
        if (seconds == DurationText.INVALID) {
            throw bad(field, text, "a duration in " + layout.duration);
        }
        return seconds;
    }

    private BadField bad(LegField field, String text, String expected) {
        return new BadField(field.key() + " '" + text + "' (" + source.where(field) + ") is not " + expected);
    }

    /** A field that cannot be read; its message is the quarantine reason. No stack trace: it is an answer, not a fault. */
    private static final class BadField extends RuntimeException {
        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
