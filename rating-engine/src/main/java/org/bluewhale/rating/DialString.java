package org.bluewhale.rating;

/** Turns a number as a PBX wrote it into plain digits, with a leading {@code +} kept. */
final class DialString {

    private DialString() {
    }

    /**
     * Drops visual separators (space, {@code - . ( )}) and a trailing {@code #} (end-of-dialling
     * key). Returns null when anything else is in the way ({@code *} feature codes, letters), since
     * such a string is no telephone number. Allocates only when there is something to drop.
     */
    static String digits(String raw) {
        if (isPlainDigits(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int last = raw.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == '+' && sb.length() == 0) {
                sb.append(c);
            } else if (c == '#' && i == last) {
                break;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        return sb.toString();
    }

    private static boolean isPlainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
