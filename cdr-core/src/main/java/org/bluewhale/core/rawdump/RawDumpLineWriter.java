package org.bluewhale.core.rawdump;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bluewhale.core.RawRecord;

/**
 * Encodes records as {@link RawDumpLine}s into a reused buffer, without a formatter per record:
 * the date and time up to the second is formatted once per second of arrival.
 */
final class RawDumpLineWriter {

    private byte[] buffer = new byte[256];
    private long cachedSecond = Long.MIN_VALUE;
    private byte[] secondPrefix; // "2026-12-06T20:46:02."

    /** The line of {@code record}, newline included, in {@link #buffer()} up to the returned length. */
    int encode(RawRecord record) {
        int needed = 24 + 2 * 21 + 3 + record.bytes().length * 4 + 1;
        if (buffer.length < needed) {
            buffer = new byte[Integer.highestOneBit(needed) << 1];
        }
        long millis = record.receivedAt().toEpochMilli();
        long second = Math.floorDiv(millis, 1000);
        if (second != cachedSecond) {
            cachedSecond = second;
            String text = RawDumpLine.INSTANT.format(Instant.ofEpochSecond(second));
            secondPrefix = text.substring(0, 20).getBytes(StandardCharsets.US_ASCII);
        }
        System.arraycopy(secondPrefix, 0, buffer, 0, secondPrefix.length);
        int at = secondPrefix.length;
        int ms = (int) Math.floorMod(millis, 1000);
        buffer[at++] = (byte) ('0' + ms / 100);
        buffer[at++] = (byte) ('0' + ms / 10 % 10);
        buffer[at++] = (byte) ('0' + ms % 10);
        buffer[at++] = 'Z';
        buffer[at++] = '\t';
        at = decimal(record.sequence(), at);
        buffer[at++] = '\t';
        at = decimal(record.position(), at);
        buffer[at++] = '\t';
        at = RawDumpLine.escapeInto(record.bytes(), buffer, at);
        buffer[at++] = '\n';
        return at;
    }

    byte[] buffer() {
        return buffer;
    }

    private int decimal(long value, int at) {
        int digits = 1;
        for (long rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        long v = value;
        for (int i = at + digits - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + digits;
    }
}
