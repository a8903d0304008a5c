package org.bluewhale.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * The site's own extension numbers, written {@code 2000-2999,3000-3099,100}. Both ends of a range
 * have the same number of digits and a number matches only with that many digits, so
 * {@code 0100-0199} does not swallow {@code 100}.
 */
public final class ExtensionRanges {

    /** No extensions. */
    public static final ExtensionRanges NONE = new ExtensionRanges(List.of());

    private static final int MAX_DIGITS = 18; // fits a long

    private record Range(int digits, long low, long high) {
    }

    private final Range[] ranges;

    private ExtensionRanges(List<Range> ranges) {
        this.ranges = ranges.toArray(new Range[0]);
    }

    /**
     * Parses a comma list of ranges and single numbers; an empty text means no extensions.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static ExtensionRanges parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dash = p.indexOf('-');
            String low = dash < 0 ? p : p.substring(0, dash).strip();
            String high = dash < 0 ? p : p.substring(dash + 1).strip();
            if (!isDigits(low) || !isDigits(high)) {
                throw new IllegalArgumentException("'" + p + "' is not an extension range like 2000-2999");
            }
            if (low.length() != high.length()) {
                throw new IllegalArgumentException("both ends of '" + p + "' must have the same number of digits");
            }
            Range range = new Range(low.length(), Long.parseLong(low), Long.parseLong(high));
            if (range.high < range.low) {
                throw new IllegalArgumentException("extension range '" + p + "' runs backwards");
            }
            ranges.add(range);
        }
        return ranges.isEmpty() ? NONE : new ExtensionRanges(ranges);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() <= MAX_DIGITS && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether {@code number}, a string of digits, is one of the extensions. */
    public boolean contains(String number) {
        int digits = number.length();
        if (digits > MAX_DIGITS) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < digits; i++) {
            value = value * 10 + (number.charAt(i) - '0');
        }
        for (Range range : ranges) {
            if (range.digits == digits && value >= range.low && value <= range.high) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            sb.append(sb.length() == 0 ? "" : ",")
                    .append(String.format("%0" + r.digits + "d-%0" + r.digits + "d", r.low, r.high));
        }
        return sb.toString();
    }
}
