package org.bluewhale.core.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.RawRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds where the journal ends after a restart: reads the last segment, cuts off a torn tail
 * (a partial or corrupt entry left by a crash or power loss) and recovers each PBX's next
 * sequence from the segment header plus the entries after it.
 */
final class JournalRecovery {

    private static final Logger log = LoggerFactory.getLogger(JournalRecovery.class);

    /**
     * @param activeSegment the segment to keep appending to, or null to start a new one
     * @param validEnd      offset just past its last good entry
     */
    record Result(Path activeSegment, long validEnd, long nextPosition, Map<String, Long> nextSequences) {
    }

    private JournalRecovery() {
    }

    static Result recoverTail(List<Path> segments) throws IOException {
        while (!segments.isEmpty()) {
            Path last = segments.get(segments.size() - 1);
            try (SegmentCursor cursor = new SegmentCursor(last)) {
                Map<String, Long> next = new HashMap<>(cursor.headerSequences());
                long nextPosition = Segment.firstPosition(last);
                try {
                    for (RawRecord r = cursor.next(); r != null; r = cursor.next()) {
                        if (r.position() != nextPosition) {
                            throw new JournalEntryCodec.CorruptEntryException("position " + r.position()
                                    + " where " + nextPosition + " was expected");
                        }
                        nextPosition++;
                        next.merge(r.pbxId(), r.sequence() + 1, Math::max);
                    }
                } catch (JournalEntryCodec.CorruptEntryException e) {
                    log.warn("journal segment {}: {} at offset {}; data after it is cut off", last, e.getMessage(),
                            cursor.validEnd());
                }
                truncate(last, cursor.validEnd());
                return new Result(last, cursor.validEnd(), nextPosition, next);
            } catch (IOException e) {
                // A segment whose header never made it to disk holds nothing: drop it, use the previous one.
                log.warn("journal segment {} is unreadable ({}); removing it", last, e.getMessage());
                Files.delete(last);
                segments.remove(segments.size() - 1);
            }
        }
        return new Result(null, 0, 1, Map.of());
    }

    private static void truncate(Path file, long validEnd) throws IOException {
        long size = Files.size(file);
        if (size > validEnd) {
            log.warn("journal segment {}: cutting {} torn byte(s) at the end", file, size - validEnd);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(validEnd);
            }
        }
    }
}
