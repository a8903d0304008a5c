package org.bluewhale.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record exactly as a PBX sent it, as read back from the raw journal.
 *
 * @param position   the record's place in the journal (global, gap-free, starts at 1)
 * @param pbxId      the PBX (source) it came from
 * @param sequence   per-PBX sequence number; (pbxId, sequence) identifies the record for ever
 * @param receivedAt when the receiving connector got it
 * @param bytes      the raw bytes, without the line terminator
 * @param truncated  true when the record was longer than the framing limit and only its head is kept
 */
public record RawRecord(long position, String pbxId, long sequence, Instant receivedAt, byte[] bytes,
                        boolean truncated) {

    /** The bytes as text; CDR formats are ASCII, ISO-8859-1 maps every byte to one char. */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
