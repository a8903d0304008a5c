package org.bluewhale.connectors.layout;

import java.nio.charset.StandardCharsets;

/**
 * Reads fields of a fixed-width ASCII line straight from its bytes. A column past the end of a
 * short line reads as empty (PBXs trim trailing spaces). Single characters come from a shared
 * table so that condition codes and flags do not allocate.
 */
public final class FixedWidthFields {

    /** {@link #number} result for anything but digits (surrounding spaces allowed). */
    public static final int NOT_A_NUMBER = -1;

    private static final String[] SINGLE_CHARS = new String[128];

    static {
        for (int c = 0; c < SINGLE_CHARS.length; c++) {
            SINGLE_CHARS[c] = String.valueOf((char) c);
        }
    }

    private FixedWidthFields() {
    }

    /** The field with surrounding spaces removed; "" when blank or absent. */
    public static String text(byte[] line, Column column) {
        int from = column.start();
        int to = Math.min(column.end(), line.length);
        while (from < to && line[from] == ' ') {
            from++;
        }
        while (to > from && line[to - 1] == ' ') {
            to--;
        }
        int length = to - from;
        if (length <= 0) {
            return "";
        }
        if (length == 1 && line[from] >= 0) {
            return SINGLE_CHARS[line[from]];
        }
        return new String(line, from, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * A field split over the line ({@link FixedWidthLayout#parts}): its parts joined in order as
     * written, then surrounding spaces removed. One part reads as {@link #text(byte[], Column)}.
     */
    public static String text(byte[] line, Column[] parts) {
        if (parts.length == 1) {
            return text(line, parts[0]);
        }
        StringBuilder joined = new StringBuilder();
        for (Column part : parts) {
            joined.append(verbatim(line, part));
        }
        return joined.toString().strip();
    }

    /** True when every part of a field is blank. */
    public static boolean isBlank(byte[] line, Column[] parts) {
        for (Column part : parts) {
            if (!isBlank(line, part)) {
                return false;
            }
        }
        return true;
    }

    /** True when the field holds nothing but spaces (or lies past the end of the line). */
    public static boolean isBlank(byte[] line, Column column) {
        int to = Math.min(column.end(), line.length);
        for (int i = column.start(); i < to; i++) {
            if (line[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The field as a non-negative decimal number (spaces around it allowed, at most 9 digits), or
     * {@link #NOT_A_NUMBER}: also for a blank field.
     */
    public static int number(byte[] line, Column column) {
        int from = column.start();
        int to = Math.min(column.end(), line.length);
        while (from < to && line[from] == ' ') {
            from++;
        }
        while (to > from && line[to - 1] == ' ') {
            to--;
        }
        if (from == to || to - from > 9) {
            return NOT_A_NUMBER;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_NUMBER;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * Index of the first control or non-ASCII byte in {@code [from, to)}, or -1: a line holding
     * one is not a text record.
     */
    public static int firstNonText(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] < ' ' || line[i] == 0x7f) { // negative bytes (>= 0x80) are < ' ' too
                return i;
            }
        }
        return -1;
    }

    /**
     * Two fields naming one thing, such as a trunk's access code and circuit, as {@code first/second},
     * or whichever of the two is present ("" when both are blank).
     */
    public static String pair(byte[] line, Column first, Column second) {
        return pair(text(line, first), text(line, second));
    }

    /** {@link #pair(byte[], Column, Column)} of fields that may be split over the line. */
    public static String pair(byte[] line, Column[] first, Column[] second) {
        return pair(text(line, first), text(line, second));
    }

    private static String pair(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        return a + '/' + b;
    }

    /** The field exactly as written, for error messages. */
    public static String verbatim(byte[] line, Column column) {
        int to = Math.min(column.end(), line.length);
        int from = Math.min(column.start(), to);
        return new String(line, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
