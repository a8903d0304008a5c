package org.bluewhale.remote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.rsp.bluewhale.RspOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote unit's outbox for one local PBX: its own raw journal, which holds only that PBX's
 * records, so a record's RSP sequence is its journal position (gap-free, never reused, kept
 * across {@code kill -9} by the journal's torn-tail recovery). Nothing is copied or held in
 * memory but the records sent and not yet acknowledged (at most the server's window), which a
 * resumed session sends again without re-reading the journal from the start of a segment;
 * the acknowledged position tells the journal's retention what it may delete.
 *
 * <p>{@link #read}, {@link #open} and {@link #acknowledged} run on the sender's event loop.
 */
final class JournalOutbox implements RspOutbox {

    private static final Logger log = LoggerFactory.getLogger(JournalOutbox.class);

    private final Journal journal;
    private final JournalCursor cursor;
    /** Records read and not yet acknowledged: sequences {@code unackedFirst ..}. */
    private final ArrayDeque<byte[]> unacked = new ArrayDeque<>();
    private long unackedFirst = 1;
    private volatile long acknowledged;
    private volatile boolean starved;
    private volatile Runnable wakeup = () -> { };

    JournalOutbox(Journal journal) {
        this.journal = journal;
        this.cursor = new JournalCursor(journal);
    }

    @Override
    public long open(long serverNext) {
        long written = journal.writtenPosition();
        if (serverNext - 1 > written) {
            // the server numbered records this journal never had: the unit's data directory was replaced
            log.error("the server already holds sequences up to {} but this unit's journal ends at {}: records {} to {}"
                    + " of this unit would be taken for duplicates; give the unit its old data directory back, or a"
                    + " new PBX id on both sides", serverNext - 1, written, written + 1, serverNext - 1);
        }
        acknowledged = Math.min(serverNext - 1, written); // the server is the authority, even after a restore
        return Math.max(serverNext, journal.firstAvailablePosition());
    }

    @Override
    public List<byte[]> read(long from, int max) {
        dropThrough(acknowledged);
        long cachedEnd = unackedFirst + unacked.size();
        if (from >= unackedFirst && from < cachedEnd) {
            return resend(from, (int) Math.min(max, cachedEnd - from));
        }
        if (from > journal.writtenPosition()) {
            starved = true;
            return List.of();
        }
        if (!cursor.continuesAt(from) || from != cachedEnd) {
            closeReader(); // the server wants what this unit never sent it (or a restart): read from there
            unacked.clear();
            unackedFirst = from;
        }
        List<byte[]> bytes = cursor.read(from, max);
        unacked.addAll(bytes);
        return bytes;
    }

    /** Records sent before and not acknowledged, from the cache: a resumed session sends them again. */
    private List<byte[]> resend(long from, int count) {
        List<byte[]> records = new ArrayList<>(count);
        Iterator<byte[]> cached = unacked.iterator();
        for (long sequence = unackedFirst; sequence < from + count; sequence++) {
            byte[] record = cached.next();
            if (sequence >= from) {
                records.add(record);
            }
        }
        return records;
    }

    private void dropThrough(long through) {
        while (!unacked.isEmpty() && unackedFirst <= through) {
            unacked.removeFirst();
            unackedFirst++;
        }
    }

    @Override
    public void acknowledged(long through) {
        acknowledged = Math.max(acknowledged, through);
        dropThrough(acknowledged);
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
        cursor.close();
    }
}
