package org.bluewhale.core.rawdump;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * One record of a raw dump file, one line of text:
 *
 * <pre>
 * 2026-12-06T20:46:02.123Z \t 42 \t 1234 \t 1206 2046 0012 9 013800138000 2001 ...
 * received (UTC, ms)          seq     journal   the record's bytes: printable ASCII as is,
 *                                     position  every other byte (and the backslash) as \xNN
 * </pre>
 * The escaping is lossless, so a line gives back the exact bytes the PBX sent.
 *
 * @param receivedAt when the connector received the record
 * @param sequence   the PBX's own sequence number: (PBX, sequence) is the record's key for ever
 * @param position   its position in the raw journal
 * @param text       the escaped bytes ({@link #escape})
 */
public record RawDumpLine(Instant receivedAt, long sequence, long position, String text) {

    /** Instants as the files write them: UTC, always with milliseconds, so lines sort as text. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The bytes as ASCII text, every other byte (and the backslash) written as {@code \xNN}. */
    public static String escape(byte[] raw) {
        byte[] out = new byte[raw.length * 4];
        return new String(out, 0, escapeInto(raw, out, 0), StandardCharsets.ISO_8859_1);
    }

    /** Escapes {@code raw} into {@code out} at {@code at} (room for 4 bytes per input byte); returns the end. */
    static int escapeInto(byte[] raw, byte[] out, int at) {
        int o = at;
        for (byte b : raw) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out[o++] = b;
            } else {
                out[o++] = '\\';
                out[o++] = 'x';
                out[o++] = HEX[c >> 4];
                out[o++] = HEX[c & 0xf];
            }
        }
        return o;
    }

    /** The bytes the PBX sent, from the escaped text. */
    public byte[] bytes() {
        byte[] out = new byte[text.length()];
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 3 < text.length() && text.charAt(i + 1) == 'x') {
                out[o++] = (byte) Integer.parseInt(text, i + 2, i + 4, 16);
                i += 3;
            } else {
                out[o++] = (byte) c;
            }
        }
        return Arrays.copyOf(out, o);
    }

    /** Parses a line as written by {@link RawDumpLineWriter}; throws for anything else. */
    public static RawDumpLine parse(String line) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        int c = line.indexOf('\t', b + 1);
        if (a < 0 || b < 0 || c < 0) {
            throw new IllegalArgumentException("not a raw dump line (4 tab-separated fields): " + line);
        }
        return new RawDumpLine(Instant.parse(line.substring(0, a)), Long.parseLong(line, a + 1, b, 10),
                Long.parseLong(line, b + 1, c, 10), line.substring(c + 1));
    }

    /** The line as it stands in the file, without its newline. */
    @Override
    public String toString() {
        return INSTANT.format(receivedAt) + "\t" + sequence + "\t" + position + "\t" + text;
    }
}
