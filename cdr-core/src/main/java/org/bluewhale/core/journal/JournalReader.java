package org.bluewhale.core.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.RawRecord;

/**
 * Follows the journal from a position on, across segment files, never reading past what the
 * writer has published. One reader serves one thread.
 */
public final class JournalReader implements AutoCloseable {

    private final Journal journal;
    private final Path directory;
    private long nextPosition;
    private SegmentCursor cursor;

    JournalReader(Journal journal, Path directory, long fromPosition) {
        this.journal = journal;
        this.directory = directory;
        this.nextPosition = Math.max(1, fromPosition);
    }

    /** The position of the next record this reader returns. */
    public long nextPosition() {
        return nextPosition;
    }

    /**
     * Returns up to {@code max} records in position order, waiting up to {@code timeoutMillis}
     * for the first one; an empty list when none arrived in time.
     */
    public List<RawRecord> poll(int max, long timeoutMillis) throws InterruptedException {
        if (!journal.awaitAfter(nextPosition - 1, TimeUnit.MILLISECONDS.toNanos(timeoutMillis))) {
            return List.of();
        }
        long limit = journal.writtenPosition();
        List<RawRecord> records = new ArrayList<>((int) Math.min(max, limit - nextPosition + 1));
        try {
            while (records.size() < max && nextPosition <= limit) {
                RawRecord record = nextRecord();
                if (record.position() < nextPosition) {
                    continue; // positioning inside the first segment
                }
                records.add(record);
                nextPosition = record.position() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading journal at position " + nextPosition, e);
        }
        return records;
    }

    private RawRecord nextRecord() throws IOException {
        while (true) {
            if (cursor == null) {
                cursor = new SegmentCursor(segmentFor(nextPosition));
            }
            RawRecord record = cursor.next();
            if (record != null) {
                return record;
            }
            Path following = Segment.path(directory, nextPosition);
            if (!Files.exists(following)) {
                throw new IOException("journal position " + nextPosition + " is published but not found in "
                        + cursor.file().getFileName());
            }
            cursor.close();
            cursor = new SegmentCursor(following);
        }
    }

    private Path segmentFor(long position) throws IOException {
        Path best = null;
        for (Path file : Segment.list(directory)) {
            if (Segment.firstPosition(file) <= position) {
                best = file;
            }
        }
        if (best == null) {
            throw new IOException("journal position " + position + " is no longer kept (first kept: "
                    + journal.firstAvailablePosition() + ")");
        }
        return best;
    }

    @Override
    public void close() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (IOException ignored) {
                // read-only file: nothing to lose
            }
        }
    }
}
