package org.bluewhale.server;

import java.nio.charset.StandardCharsets;

/** Builds avaya-unformatted records column by column, as an Avaya CM customized layout writes them. */
public final class AvayaLines {

    private AvayaLines() {
    }

    /**
     * @param start    local start {@code ddMMyy HHmm}
     * @param seconds  talk time
     * @param cond     condition code (A outgoing, 9 incoming, 0 internal)
     * @param access   access code dialed (9 for an outside line) or empty
     */
    public static byte[] line(String start, int seconds, String cond, String access, String calling, String dialed) {
        return text(start, seconds, cond, access, calling, dialed).getBytes(StandardCharsets.US_ASCII);
    }

    public static String text(String start, int seconds, String cond, String access, String calling, String dialed) {
        char[] row = " ".repeat(92).toCharArray();
        put(row, 0, start);
        put(row, 12, String.format("%04d", seconds));
        put(row, 17, cond);
        put(row, 19, access);
        put(row, 31, calling);
        put(row, 50, dialed);
        put(row, 78, "1");
        put(row, 82, "001");
        put(row, 86, access.isEmpty() ? "" : "017");
        return new String(row);
    }

    private static void put(char[] row, int at, String value) {
        value.getChars(0, value.length(), row, at);
    }
}
