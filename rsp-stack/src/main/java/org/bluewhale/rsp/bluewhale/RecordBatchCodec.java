package org.bluewhale.rsp.bluewhale;

import com.github.luben.zstd.Zstd;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a DATA frame: the records of one batch, each as {@code length u32 | bytes},
 * either as they are ({@link #PLAIN}) or as one zstd frame preceded by the plain size
 * ({@link #ZSTD}). Compression is per batch, so a batch of CDR text (which shrinks 5-10x)
 * is compressed once and a batch that would not shrink is sent plain.
 *
 * <pre>
 * codec 0:  count × ( length u32 | record bytes )
 * codec 1:  plain size u32 | zstd frame of the codec-0 bytes
 * </pre>
 */
final class RecordBatchCodec {

    static final int PLAIN = 0;
    static final int ZSTD = 1;
    /** Fast and still 5x+ on CDR text; higher levels cost the sender CPU for a few percent. */
    private static final int ZSTD_LEVEL = 1;

    private RecordBatchCodec() {
    }

    static int plainSize(List<byte[]> records) {
        int size = 0;
        for (byte[] record : records) {
            size += Integer.BYTES + record.length;
        }
        return size;
    }

    /** Writes codec byte and payload of {@code records}; compresses when asked and it pays. */
    static void write(ByteBuf out, List<byte[]> records, boolean compress) {
        if (!compress) {
            out.writeByte(PLAIN);
            writePlain(out, records);
            return;
        }
        byte[] plain = new byte[plainSize(records)];
        int at = 0;
        for (byte[] record : records) {
            plain[at++] = (byte) (record.length >>> 24);
            plain[at++] = (byte) (record.length >>> 16);
            plain[at++] = (byte) (record.length >>> 8);
            plain[at++] = (byte) record.length;
            System.arraycopy(record, 0, plain, at, record.length);
            at += record.length;
        }
        byte[] packed = Zstd.compress(plain, ZSTD_LEVEL);
        if (packed.length + Integer.BYTES < plain.length) {
            out.writeByte(ZSTD).writeInt(plain.length).writeBytes(packed);
        } else {
            out.writeByte(PLAIN).writeBytes(plain);
        }
    }

    private static void writePlain(ByteBuf out, List<byte[]> records) {
        for (byte[] record : records) {
            out.writeInt(record.length).writeBytes(record);
        }
    }

    /** Reads {@code count} records from the rest of {@code in} (codec byte first). */
    static List<byte[]> read(ByteBuf in, int count, int maxPlainBytes) {
        int codec = in.readUnsignedByte();
        return switch (codec) {
            case PLAIN -> readPlain(in, count);
            case ZSTD -> readPlain(Unpooled.wrappedBuffer(inflate(in, maxPlainBytes)), count);
            default -> throw new RspProtocolException("unknown batch codec " + codec);
        };
    }

    private static byte[] inflate(ByteBuf in, int maxPlainBytes) {
        long plainSize = in.readUnsignedInt();
        if (plainSize > maxPlainBytes) {
            throw new RspProtocolException("compressed batch of " + plainSize + " bytes exceeds the limit of "
                    + maxPlainBytes);
        }
        byte[] packed = new byte[in.readableBytes()];
        in.readBytes(packed);
        try {
            byte[] plain = Zstd.decompress(packed, (int) plainSize);
            if (plain.length != plainSize) {
                throw new RspProtocolException("compressed batch inflates to " + plain.length + " bytes, header says "
                        + plainSize);
            }
            return plain;
        } catch (RuntimeException e) {
            if (e instanceof RspProtocolException) {
                throw e;
            }
            throw new RspProtocolException("compressed batch is corrupt: " + e.getMessage());
        }
    }

    private static List<byte[]> readPlain(ByteBuf in, int count) {
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (in.readableBytes() < Integer.BYTES) {
                throw new RspProtocolException("batch ends inside record " + (i + 1) + " of " + count);
            }
            long length = in.readUnsignedInt();
            if (length > in.readableBytes()) {
                throw new RspProtocolException("record " + (i + 1) + " of " + count + " claims " + length
                        + " bytes, " + in.readableBytes() + " left");
            }
            byte[] record = new byte[(int) length];
            in.readBytes(record);
            records.add(record);
        }
        if (in.isReadable()) {
            throw new RspProtocolException(in.readableBytes() + " bytes after the last of " + count + " records");
        }
        return records;
    }
}
