package org.bluewhale.core.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the journal within its retention period and disk budget. Only segments the store has
 * fully committed are ever deleted: data not yet in the database is never thrown away, the
 * connectors are paused instead.
 */
final class JournalRetention {

    private static final Logger log = LoggerFactory.getLogger(JournalRetention.class);

    private final JournalConfig config;
    private final AtomicLong bytes = new AtomicLong();
    private final List<Path> segments = new ArrayList<>();

    JournalRetention(JournalConfig config) {
        this.config = config;
    }

    synchronized void scan(List<Path> files) throws IOException {
        segments.clear();
        segments.addAll(files);
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        bytes.set(total);
    }

    synchronized void added(Path segment) {
        segments.add(segment);
    }

    /** Adds written bytes and returns the new total. */
    long grow(long written) {
        return bytes.addAndGet(written);
    }

    long bytes() {
        return bytes.get();
    }

    synchronized int segments() {
        return segments.size();
    }

    synchronized long firstPosition() {
        return segments.isEmpty() ? 1 : Segment.firstPosition(segments.get(0));
    }

    /**
     * Deletes committed segments that are past retention, and more of the oldest committed
     * ones while the journal is over its budget.
     */
    synchronized void deleteExpired(long activeFirst, long committed, long nowMillis) throws IOException {
        while (segments.size() > 1) {
            Path oldest = segments.get(0);
            long lastPosition = Segment.firstPosition(segments.get(1)) - 1;
            if (Segment.firstPosition(oldest) >= activeFirst || lastPosition > committed) {
                return;
            }
            long age = nowMillis - Files.getLastModifiedTime(oldest).toMillis();
            boolean expired = age > config.retention().toMillis();
            boolean overBudget = bytes.get() > config.diskBudget();
            if (!expired && !overBudget) {
                return;
            }
            long size = Files.size(oldest);
            Files.delete(oldest);
            segments.remove(0);
            bytes.addAndGet(-size);
            if (expired) {
                log.info("journal segment {} deleted: past the retention of {}", oldest.getFileName(), config.retention());
            } else {
                log.warn("journal segment {} deleted before its retention ran out: disk budget of {} bytes reached",
                        oldest.getFileName(), config.diskBudget());
            }
        }
    }
}
