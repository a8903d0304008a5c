package org.bluewhale.core.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.CRC32C;
import org.bluewhale.core.RawRecord;

/**
 * Reads the entries of one segment file in order, through a large buffer. Returns null at the
 * current end of the file, so a follower can come back after the writer has appended more.
 */
final class SegmentCursor implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Long> headerSequences;
    private final CRC32C crc = new CRC32C();
    private final SourceNames names = new SourceNames();
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 20).flip();
    private long validEnd;

    SegmentCursor(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.headerSequences = Segment.readHeader(channel, file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        this.validEnd = channel.position();
    }

    Path file() {
        return file;
    }

    /** The per-PBX next sequences written in the segment header. */
    Map<String, Long> headerSequences() {
        return headerSequences;
    }

    /** File offset just past the last entry read successfully. */
    long validEnd() {
        return validEnd;
    }

    /**
     * The next entry, or null when the file holds no further complete entry yet.
     *
     * @throws JournalEntryCodec.CorruptEntryException for an entry that fails its checks
     */
    RawRecord next() throws IOException {
        while (true) {
            int before = buffer.position();
            RawRecord record = JournalEntryCodec.decode(buffer, crc, names);
            if (record != null) {
                validEnd += buffer.position() - before;
                return record;
            }
            if (!fill()) {
                return null;
            }
        }
    }

    private boolean fill() throws IOException {
        if (buffer.remaining() >= 4) {
            int needed = 4 + buffer.getInt(buffer.position());
            if (needed > buffer.capacity()) {
                buffer = ByteBuffer.allocate(Integer.highestOneBit(needed) << 1).put(buffer).flip();
            }
        }
        buffer.compact();
        int read = channel.read(buffer);
        buffer.flip();
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
