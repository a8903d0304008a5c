package org.bluewhale.connectors.custom;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a layout's duration and ring fields are written: {@code seconds}, {@code milliseconds}
 * (rounded down to whole seconds), {@code hh:mm:ss} (also {@code h:mm:ss} and {@code mm:ss}), or
 * {@code hmmt}: hours, minutes and tenths of a minute as Avaya writes them ({@code 0125} = 12.5 min).
 */
enum DurationText {
    SECONDS("seconds"),
    MILLISECONDS("milliseconds"),
    CLOCK("hh:mm:ss"),
    HMMT("hmmt");

    static final int INVALID = -1;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern CLOCK_TEXT = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})");
    private static final Pattern HMMT_TEXT = Pattern.compile("(\\d)(\\d{2})(\\d)");

    private final String spelling;

    DurationText(String spelling) {
        this.spelling = spelling;
    }

    /** IllegalArgumentException listing the choices. */
    static DurationText of(String spelling) {
        for (DurationText format : values()) {
            if (format.spelling.equals(spelling)) {
                return format;
            }
        }
        throw new IllegalArgumentException("duration '" + spelling + "' is not one of "
                + List.of(values()).stream().map(d -> d.spelling).toList());
    }

    /** Whole seconds, or {@link #INVALID}. */
    int seconds(String text) {
        switch (this) {
            case SECONDS, MILLISECONDS -> {
                if (!DIGITS.matcher(text).matches()) {
                    return INVALID;
                }
                long value = Long.parseLong(text) / (this == SECONDS ? 1 : 1000);
                return value > Integer.MAX_VALUE ? INVALID : (int) value;
            }
            case CLOCK -> {
                Matcher m = CLOCK_TEXT.matcher(text);
                if (!m.matches() || Integer.parseInt(m.group(3)) > 59
                        || (m.group(1) != null && Integer.parseInt(m.group(2)) > 59)) {
                    return INVALID;
                }
                int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            }
            default -> {
                Matcher m = HMMT_TEXT.matcher(text);
                if (!m.matches() || text.equals("9999") || Integer.parseInt(m.group(2)) > 59) {
                    return INVALID;
                }
                return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                        + Integer.parseInt(m.group(3)) * 6;
            }
        }
    }

    @Override
    public String toString() {
        return spelling;
    }
}
