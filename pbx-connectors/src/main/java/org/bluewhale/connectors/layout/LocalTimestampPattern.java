package org.bluewhale.connectors.layout;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed-width local date-time such as {@code ddMMyy HHmm}, read from and written to bytes
 * without building strings: the hot path of fixed-width decoders.
 *
 * <p>Letters: {@code dd} day, {@code MM} month, {@code yy} or {@code yyyy} year, {@code HH} hour,
 * {@code mm} minute, {@code ss} second (optional); any other character is a literal that must
 * match. A two-digit year is taken as 20yy (PBX clocks report the current century).
 * Times are "local epoch seconds": seconds since 1970-01-01T00:00 on the PBX's wall clock.
 *
 * <p>Avaya records carry a time of day without a date, and separate date records carry a month
 * and day without a year: {@link #compileTimeOfDay} and {@link #compileMonthDay} read those, the
 * missing parts reading as 2000-01-01 (a leap year, so that 02 29 is a valid date record) and
 * 00:00; {@link #secondOfDay} and {@link #monthDay} take the parts back out.
 */
public final class LocalTimestampPattern {

    /** Returned by {@link #parse} when the bytes are not a valid date-time. */
    public static final long INVALID = Long.MIN_VALUE;

    private enum Part { DAY, MONTH, YEAR, HOUR, MINUTE, SECOND, LITERAL }

    private record Slot(Part part, int at, int width, byte literal) {
    }

    private final String pattern;
    private final Slot[] slots;

    private LocalTimestampPattern(String pattern, Slot[] slots) {
        this.pattern = pattern;
        this.slots = slots;
    }

    private static final EnumSet<Part> DATE_TIME = EnumSet.of(Part.DAY, Part.MONTH, Part.YEAR, Part.HOUR, Part.MINUTE);
    private static final EnumSet<Part> TIME = EnumSet.of(Part.HOUR, Part.MINUTE);
    private static final EnumSet<Part> MONTH_DAY = EnumSet.of(Part.MONTH, Part.DAY);

    /** Compiles a full date-time pattern; throws IllegalArgumentException naming what is wrong with it. */
    public static LocalTimestampPattern compile(String pattern) {
        return compile(pattern, DATE_TIME, EnumSet.allOf(Part.class));
    }

    /** A time of day without a date, such as {@code HHmm}. */
    public static LocalTimestampPattern compileTimeOfDay(String pattern) {
        return compile(pattern, TIME, EnumSet.of(Part.HOUR, Part.MINUTE, Part.SECOND, Part.LITERAL));
    }

    /** A month and day without a year or time, such as {@code MM dd}. */
    public static LocalTimestampPattern compileMonthDay(String pattern) {
        return compile(pattern, MONTH_DAY, EnumSet.of(Part.MONTH, Part.DAY, Part.LITERAL));
    }

    /** The second of the day of a {@link #parse} result. */
    public static int secondOfDay(long localEpochSecond) {
        return (int) Math.floorMod(localEpochSecond, 86_400L);
    }

    /** The month and day of a {@link #parse} result. */
    public static MonthDay monthDay(long localEpochSecond) {
        return MonthDay.from(LocalDate.ofEpochDay(Math.floorDiv(localEpochSecond, 86_400L)));
    }

    private static LocalTimestampPattern compile(String pattern, Set<Part> required, Set<Part> allowed) {
        List<Slot> slots = new ArrayList<>();
        boolean[] seen = new boolean[Part.values().length];
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            Part part = partOf(c);
            if (!allowed.contains(part)) {
                throw new IllegalArgumentException("date pattern '" + pattern + "': '" + c + "' is not allowed here (use "
                        + letters(allowed) + ")");
            }
            if (part == Part.LITERAL) {
                if (Character.isLetter(c) || c > 0x7e) {
                    throw new IllegalArgumentException("date pattern '" + pattern + "': unsupported letter '" + c
                            + "' (use dd MM yy/yyyy HH mm ss)");
                }
                for (int k = 0; k < run; k++) {
                    slots.add(new Slot(Part.LITERAL, i + k, 1, (byte) c));
                }
            } else {
                boolean yearOk = part == Part.YEAR && (run == 2 || run == 4);
                if (run != 2 && !yearOk) {
                    throw new IllegalArgumentException("date pattern '" + pattern + "': '" + pattern.substring(i, i + run)
                            + "' must be two letters" + (part == Part.YEAR ? " (or yyyy)" : ""));
                }
                if (seen[part.ordinal()]) {
                    throw new IllegalArgumentException("date pattern '" + pattern + "': '" + c + "' appears twice");
                }
                seen[part.ordinal()] = true;
                slots.add(new Slot(part, i, run, (byte) 0));
            }
            i += run;
        }
        for (Part needed : required) {
            if (!seen[needed.ordinal()]) {
                throw new IllegalArgumentException("date pattern '" + pattern + "' lacks " + needed.name().toLowerCase());
            }
        }
        return new LocalTimestampPattern(pattern, slots.toArray(Slot[]::new));
    }

    private static String letters(Set<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            String letters = switch (part) {
                case DAY -> "dd";
                case MONTH -> "MM";
                case YEAR -> "yy/yyyy";
                case HOUR -> "HH";
                case MINUTE -> "mm";
                case SECOND -> "ss";
                case LITERAL -> "";
            };
            if (!letters.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(letters);
            }
        }
        return out.toString();
    }

    private static Part partOf(char c) {
        return switch (c) {
            case 'd' -> Part.DAY;
            case 'M' -> Part.MONTH;
            case 'y' -> Part.YEAR;
            case 'H' -> Part.HOUR;
            case 'm' -> Part.MINUTE;
            case 's' -> Part.SECOND;
            default -> Part.LITERAL;
        };
    }

    /** Characters the pattern occupies. */
    public int width() {
        return pattern.length();
    }

    /** Local epoch seconds of the date-time at {@code offset}, or {@link #INVALID}. */
    public long parse(byte[] bytes, int offset) {
        if (offset < 0 || offset + pattern.length() > bytes.length) {
            return INVALID;
        }
        int day = 1, month = 1, year = 2000, hour = 0, minute = 0, second = 0;
        for (Slot slot : slots) {
            if (slot.part == Part.LITERAL) {
                if (bytes[offset + slot.at] != slot.literal) {
                    return INVALID;
                }
                continue;
            }
            int value = 0;
            for (int k = 0; k < slot.width; k++) {
                int digit = bytes[offset + slot.at + k] - '0';
                if (digit < 0 || digit > 9) {
                    return INVALID;
                }
                value = value * 10 + digit;
            }
            switch (slot.part) {
                case DAY -> day = value;
                case MONTH -> month = value;
                case YEAR -> year = slot.width == 2 ? 2000 + value : value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                default -> second = value;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /**
     * Local epoch seconds of text that is exactly this pattern and nothing else (a CSV field), or
     * {@link #INVALID}.
     */
    public long parse(CharSequence text) {
        int width = pattern.length();
        if (text.length() != width) {
            return INVALID;
        }
        byte[] bytes = new byte[width];
        for (int i = 0; i < width; i++) {
            char c = text.charAt(i);
            if (c > 0x7e) {
                return INVALID;
            }
            bytes[i] = (byte) c;
        }
        return parse(bytes, 0);
    }

    /** Writes the local date-time as the pattern shows it, {@link #width()} bytes at {@code offset}. */
    public void format(long localEpochSecond, byte[] out, int offset) {
        long epochDay = Math.floorDiv(localEpochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(localEpochSecond, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        for (Slot slot : slots) {
            int value = switch (slot.part) {
                case LITERAL -> -1;
                case DAY -> date.getDayOfMonth();
                case MONTH -> date.getMonthValue();
                case YEAR -> slot.width == 2 ? date.getYear() % 100 : date.getYear();
                case HOUR -> secondOfDay / 3600;
                case MINUTE -> secondOfDay / 60 % 60;
                case SECOND -> secondOfDay % 60;
            };
            if (value < 0) {
                out[offset + slot.at] = slot.literal;
            } else {
                for (int k = slot.width - 1; k >= 0; k--) {
                    out[offset + slot.at + k] = (byte) ('0' + value % 10);
                    value /= 10;
                }
            }
        }
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    @Override
    public String toString() {
        return pattern;
    }
}
