package org.bluewhale.connectors.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bluewhale.core.RawRecord;

/** Tiny helpers in the Traccar style: a sample line or byte dump becomes a journal record. */
public final class RawRecords {

    public static final String PBX_ID = "pbx-test";
    /** When {@link #text} records are received: 10:00 in Shanghai. */
    public static final Instant RECEIVED = Instant.parse("2026-01-24T02:00:00Z");
    private static long sequence;

    private RawRecords() {
    }

    /** A record holding the ASCII text, as a line reader would hand it on (no CR LF). */
    public static RawRecord text(String line) {
        return bytes(line.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A record holding the bytes of a hex dump such as {@code "0203ff00"}. */
    public static RawRecord binary(String hex) {
        return bytes(HexFormat.of().parseHex(hex));
    }

    public static RawRecord bytes(byte[] bytes) {
        return bytes(bytes, RECEIVED);
    }

    /** A text record received at {@code receivedAt} (an ISO instant such as 2026-01-24T02:00:00Z). */
    public static RawRecord textAt(String line, String receivedAt) {
        return bytes(line.getBytes(StandardCharsets.ISO_8859_1), Instant.parse(receivedAt));
    }

    private static RawRecord bytes(byte[] bytes, Instant receivedAt) {
        long seq = ++sequence;
        return new RawRecord(seq, PBX_ID, seq, receivedAt, bytes, false);
    }
}
