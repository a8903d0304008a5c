package org.bluewhale.connectors.csv;

/**
 * Tells extensions from public numbers by their shape, for soft switches whose CDRs do not say
 * which side was a trunk. Site dial plans differ, so this is a heuristic: an extension is 2 to 6
 * digits; a public number is 7 to 15 digits, optionally after a {@code +}. Anything else (a
 * feature code such as {@code *97}, the {@code s} start extension, a SIP URI) is neither.
 */
public final class ExtensionNumbers {

    private static final int EXTENSION_MIN = 2;
    private static final int EXTENSION_MAX = 6;
    private static final int PUBLIC_MAX = 15; // E.164 limit

    private ExtensionNumbers() {
    }

    /** 2 to 6 digits. */
    public static boolean isExtension(String number) {
        return number.length() >= EXTENSION_MIN && number.length() <= EXTENSION_MAX && allDigits(number, 0);
    }

    /** 7 to 15 digits, optionally after a leading {@code +}. */
    public static boolean isPublicNumber(String number) {
        int from = number.startsWith("+") ? 1 : 0;
        int digits = number.length() - from;
        return digits > EXTENSION_MAX && digits <= PUBLIC_MAX && allDigits(number, from);
    }

    public static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
