package org.bluewhale.core.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A journal segment file: a header, then entries ({@link JournalEntryCodec}). The file is named
 * after the position of its first entry, so finding the segment of a position is a file listing.
 *
 * <pre>
 * +-------+---------------+--------+---------------------------------------------+---------
 * | "BWJ1"| firstPosition | count  | count x ( nameLen u8 | name | nextSeq u64 )  | entries...
 * |  4 B  |     u64       |  u16   |   the per-PBX sequence counters at creation |
 * +-------+---------------+--------+---------------------------------------------+---------
 * </pre>
 * The counters let a restart recover every PBX's next sequence by reading only the last segment.
 */
final class Segment {

    static final String SUFFIX = ".journal";
    private static final int MAGIC = 0x42574a31; // "BWJ1"

    private Segment() {
    }

    static Path path(Path dir, long firstPosition) {
        return dir.resolve(String.format("%020d%s", firstPosition, SUFFIX));
    }

    static long firstPosition(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    /** Segment files sorted by first position. */
    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.journal"))
                    .sorted().toList());
        }
    }

    static ByteBuffer header(long firstPosition, Map<String, Long> nextSequences) {
        int size = 4 + 8 + 2;
        for (String name : nextSequences.keySet()) {
            size += 1 + JournalEntryCodec.sourceBytes(name).length + 8;
        }
        ByteBuffer header = ByteBuffer.allocate(size);
        header.putInt(MAGIC).putLong(firstPosition).putShort((short) nextSequences.size());
        nextSequences.forEach((name, next) -> {
            byte[] bytes = JournalEntryCodec.sourceBytes(name);
            header.put((byte) bytes.length).put(bytes).putLong(next);
        });
        return header.flip();
    }

    /** Reads the header at the channel's start; leaves the channel positioned at the first entry. */
    static Map<String, Long> readHeader(FileChannel channel, Path file) throws IOException {
        ByteBuffer fixed = readFully(channel, 0, 14, file);
        if (fixed.getInt() != MAGIC) {
            throw new IOException(file + " is not a Bluewhale journal segment (bad magic)");
        }
        fixed.getLong();
        int count = fixed.getShort() & 0xffff;
        Map<String, Long> next = new HashMap<>();
        long offset = 14;
        for (int i = 0; i < count; i++) {
            int len = readFully(channel, offset, 1, file).get() & 0xff;
            ByteBuffer entry = readFully(channel, offset + 1, len + 8, file);
            byte[] name = new byte[len];
            entry.get(name);
            next.put(new String(name, StandardCharsets.UTF_8), entry.getLong());
            offset += 1 + len + 8;
        }
        channel.position(offset);
        return next;
    }

    private static ByteBuffer readFully(FileChannel channel, long offset, int length, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException(file + ": truncated segment header");
            }
        }
        return buffer.flip();
    }
}
