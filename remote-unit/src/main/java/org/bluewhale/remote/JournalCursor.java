package org.bluewhale.remote;

import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalReader;

/**
 * Reads a journal's records as the bytes a sender sends, from any position, keeping one reader
 * open while each read continues where the last one stopped; a read elsewhere (a resumed session)
 * opens a reader there. Used on one sender's event loop.
 */
final class JournalCursor {

    private final Journal journal;
    private JournalReader reader;

    JournalCursor(Journal journal) {
        this.journal = journal;
    }

    /** True when a read from {@code position} goes on with the open reader. */
    boolean continuesAt(long position) {
        return reader != null && reader.nextPosition() == position;
    }

    /** Up to {@code max} records from {@code from} on, without waiting; none when interrupted. */
    List<byte[]> read(long from, int max) {
        if (!continuesAt(from)) {
            close();
            reader = journal.openReader(from);
        }
        List<RawRecord> records;
        try {
            records = reader.poll(max, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        List<byte[]> bytes = new ArrayList<>(records.size());
        records.forEach(r -> bytes.add(r.bytes()));
        return bytes;
    }

    void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
