package org.bluewhale.rating;

/**
 * A set of number lengths (1 to 32 digits), written {@code 8}, {@code 9-11}, {@code 7,8} or {@code any}.
 * Kept as a bit mask so the hot path tests a length with one shift.
 */
public final class LengthSet {

    static final int MAX_LENGTH = 32;

    /** Every length. */
    public static final LengthSet ANY = new LengthSet(-1L >>> (63 - MAX_LENGTH));
    /** No length: the rule never matches. */
    public static final LengthSet NONE = new LengthSet(0L);

    private final long mask;

    private LengthSet(long mask) {
        this.mask = mask;
    }

    /**
     * Parses {@code any}, an empty text (no length), or a comma list of lengths and ranges.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static LengthSet parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("any")) {
            return ANY;
        }
        long mask = 0;
        for (String part : t.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dash = p.indexOf('-');
            int low = parseLength(dash < 0 ? p : p.substring(0, dash), text);
            int high = dash < 0 ? low : parseLength(p.substring(dash + 1), text);
            if (high < low) {
                throw new IllegalArgumentException("length range '" + p + "' runs backwards");
            }
            for (int length = low; length <= high; length++) {
                mask |= 1L << length;
            }
        }
        return mask == 0 ? NONE : new LengthSet(mask);
    }

    /** Exactly one length. */
    public static LengthSet exactly(int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length " + length + " is outside 1-" + MAX_LENGTH);
        }
        return new LengthSet(1L << length);
    }

    private static int parseLength(String s, String whole) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + whole + "' is not a list of lengths like 8 or 9-11 or any");
        }
        int length = Integer.parseInt(t);
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length " + length + " is outside 1-" + MAX_LENGTH);
        }
        return length;
    }

    public boolean contains(int length) {
        return length >= 0 && length <= MAX_LENGTH && (mask & (1L << length)) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LengthSet other && other.mask == mask;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mask);
    }

    @Override
    public String toString() {
        if (mask == ANY.mask) {
            return "any";
        }
        StringBuilder sb = new StringBuilder();
        for (int length = 1; length <= MAX_LENGTH; length++) {
            if (contains(length)) {
                sb.append(sb.length() == 0 ? "" : ",").append(length);
            }
        }
        return sb.toString();
    }
}
