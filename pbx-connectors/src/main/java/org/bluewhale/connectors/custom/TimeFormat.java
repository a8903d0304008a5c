package org.bluewhale.connectors.custom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.bluewhale.connectors.layout.YearlessDates;

/**
 * How a layout's date, time or date-time field is written: a {@link DateTimeFormatter} pattern
 * ({@code yyyy-MM-dd HH:mm:ss}, {@code dd.MM.yy}, {@code hh:mma}) read strictly, so that 30
 * February is an error rather than 28 February; or, for date-times, {@code epoch-seconds} /
 * {@code epoch-millis} (UTC instants, as Cisco writes them). A date without a year ({@code MM/dd})
 * takes the year the record was received in ({@link YearlessDates}). Local times are read in the PBX's zone
 * with {@link ZonedDateTime#ofLocal} (earlier offset in a DST overlap, a gap time moved forward).
 */
final class TimeFormat {

    enum Kind { DATE_TIME, DATE, TIME }

    private final String pattern;
    private final Kind kind;
    private final DateTimeFormatter formatter;
    private final boolean hasYear;

    private TimeFormat(String pattern, Kind kind, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.kind = kind;
        this.formatter = formatter;
        this.hasYear = strictYears(pattern).indexOf('u') >= 0;
    }

    /** IllegalArgumentException naming what is wrong with the pattern. */
    static TimeFormat of(String pattern, Kind kind) {
        if (kind == Kind.DATE_TIME && (pattern.equals("epoch-seconds") || pattern.equals("epoch-millis"))) {
            return new TimeFormat(pattern, kind, null);
        }
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
            return new TimeFormat(pattern, kind, formatter);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date/time pattern: " + e.getMessage(), e);
        }
    }

    /** Strict resolving needs the proleptic year {@code u}; operators write {@code y}. */
    private static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** A date-time field's instant, or null when the text is not written this way. */
    Instant instant(String text, ZoneId zone) {
        try {
            if (pattern.equals("epoch-seconds")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            if (pattern.equals("epoch-millis")) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return ZonedDateTime.ofLocal(LocalDateTime.parse(text, formatter), zone, null).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** A date field's date, or null; a pattern without a year takes it from {@code received} ({@link YearlessDates}). */
    LocalDate date(String text, LocalDate received) {
        try {
            return hasYear ? LocalDate.parse(text, formatter) : YearlessDates.resolve(MonthDay.parse(text, formatter), received);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    LocalTime time(String text) {
        try {
            return LocalTime.parse(text, formatter);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the text should have looked like, for messages. */
    String describe() {
        String what = switch (kind) {
            case DATE_TIME -> "date-time";
            case DATE -> "date";
            case TIME -> "time";
        };
        return pattern.startsWith("epoch-") ? pattern.replace('-', ' ') : "a " + what + " like " + pattern;
    }
}
