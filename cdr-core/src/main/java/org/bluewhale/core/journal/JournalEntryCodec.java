package org.bluewhale.core.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;
import org.bluewhale.core.RawRecord;

/**
 * The on-disk form of one journal entry.
 *
 * <pre>
 * +--------+--------+----------+----------+-------+--------+----------+----------+-----------+
 * | length |  crc   | position | received | flags | srcLen |  source  | sequence |  payload  |
 * |  u32   |  u32   |   u64    | u64 (ms) |  u8   |   u8   | srcLen B |   u64    | remaining |
 * +--------+--------+----------+----------+-------+--------+----------+----------+-----------+
 *           \______ crc32c over everything after the crc field (length - 4 bytes) ________/
 * length = bytes after the length field (crc included)
 * flags  = bit 0: payload truncated at the framing limit
 * </pre>
 * A torn tail (partial entry or crc mismatch) marks the end of valid data after a crash.
 */
final class JournalEntryCodec {

    static final int FLAG_TRUNCATED = 1;
    /** length + crc + position + received + flags + srcLen + sequence. */
    static final int FIXED_OVERHEAD = 4 + 4 + 8 + 8 + 1 + 1 + 8;
    static final int MAX_ENTRY = 1 << 24;

    private JournalEntryCodec() {
    }

    static int encodedSize(byte[] source, int payloadLength) {
        return FIXED_OVERHEAD + source.length + payloadLength;
    }

    /** Writes one entry at the buffer's position; the caller ensured there is room. */
    static void encode(ByteBuffer out, CRC32C crc, long position, long receivedMillis, byte[] source,
                       long sequence, Frame frame) {
        int start = out.position();
        int length = encodedSize(source, frame.bytes().length) - 4;
        out.putInt(length);
        out.putInt(0); // crc, patched below
        out.putLong(position);
        out.putLong(receivedMillis);
        out.put((byte) (frame.truncated() ? FLAG_TRUNCATED : 0));
        out.put((byte) source.length);
        out.put(source);
        out.putLong(sequence);
        out.put(frame.bytes());
        crc.reset();
        crc.update(out.duplicate().position(start + 8).limit(out.position()));
        out.putInt(start + 4, (int) crc.getValue());
    }

    /**
     * Reads the entry at the buffer's position, or returns null (position unchanged) when the
     * buffer does not hold a whole entry. Throws {@link CorruptEntryException} on a bad entry.
     */
    static RawRecord decode(ByteBuffer in, CRC32C crc, SourceNames names) {
        if (in.remaining() < 4) {
            return null;
        }
        int start = in.position();
        int length = in.getInt(start);
        if (length < FIXED_OVERHEAD - 4 || length > MAX_ENTRY) {
            throw new CorruptEntryException("bad entry length " + length);
        }
        if (in.remaining() < 4 + length) {
            return null;
        }
        crc.reset();
        crc.update(in.duplicate().position(start + 8).limit(start + 4 + length));
        if ((int) crc.getValue() != in.getInt(start + 4)) {
            throw new CorruptEntryException("crc mismatch");
        }
        in.position(start + 8);
        long position = in.getLong();
        long received = in.getLong();
        int flags = in.get();
        int srcLen = in.get() & 0xff;
        String source = names.read(in, srcLen);
        long sequence = in.getLong();
        byte[] payload = new byte[start + 4 + length - in.position()];
        in.get(payload);
        return new RawRecord(position, source, sequence, Instant.ofEpochMilli(received), payload,
                (flags & FLAG_TRUNCATED) != 0);
    }

    static byte[] sourceBytes(String pbxId) {
        byte[] bytes = pbxId.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > 255) {
            throw new IllegalArgumentException("source id must be 1-255 bytes: '" + pbxId + "'");
        }
        return bytes;
    }

    /** Thrown for an entry that fails its checks; the journal treats it as the end of valid data. */
    static final class CorruptEntryException extends RuntimeException {
        CorruptEntryException(String message) {
            super(message);
        }
    }
}
