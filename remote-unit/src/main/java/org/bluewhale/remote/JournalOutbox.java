package org.bluewhale.remote;

import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalReader;
import org.bluewhale.rsp.bluewhale.RspOutbox;

/**
 * The remote unit's outbox for one local PBX: its own raw journal, which holds only that PBX's
 * records, so a record's RSP sequence is its journal position (gap-free, never reused, kept
 * across {@code kill -9} by the journal's torn-tail recovery). Nothing is copied or held in
 * memory; records are read back from the journal when they are sent, and the acknowledged
 * position tells the journal's retention what it may delete.
 *
 * <p>{@link #read}, {@link #open} and {@link #acknowledged} run on the sender's event loop.
 */
final class JournalOutbox implements RspOutbox {

    private final Journal journal;
    private JournalReader reader;
    private volatile long acknowledged;
    private volatile boolean starved;
    private volatile Runnable wakeup = () -> { };

    JournalOutbox(Journal journal) {
        this.journal = journal;
    }

    @Override
    public long open(long serverNext) {
        acknowledged = Math.max(acknowledged, Math.min(serverNext - 1, journal.writtenPosition()));
        return Math.max(serverNext, journal.firstAvailablePosition());
    }

    @Override
    public List<byte[]> read(long from, int max) {
        if (from > journal.writtenPosition()) {
            starved = true;
            return List.of();
        }
        if (reader == null || reader.nextPosition() != from) {
            closeReader();
            reader = journal.openReader(from); // a new session resumes further back than the last read
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

    @Override
    public void acknowledged(long through) {
        acknowledged = Math.max(acknowledged, through);
    }

    /** The last position the server acknowledged: what the journal's retention may delete. */
    long acknowledgedPosition() {
        return acknowledged;
    }

    @Override
    public long end() {
        return journal.writtenPosition() + 1;
    }

    /** Records journaled but not yet acknowledged by the server. */
    long backlog() {
        return Math.max(0, journal.writtenPosition() - acknowledged);
    }

    @Override
    public void onAvailable(Runnable wakeup) {
        this.wakeup = wakeup;
    }

    /** Called after new records were journaled: wakes the sender if it ran out of records to send. */
    void recordsArrived() {
        if (starved) {
            starved = false;
            wakeup.run();
        }
    }

    void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
