package org.bluewhale.remote;

import java.util.List;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.rsp.bluewhale.RspOutbox;

/**
 * An outbox over one run of a feed's journal, positions {@code first .. last}, for a re-send
 * session: the records go with their own sequences (their journal positions), so the server
 * recognises each one by (PBX, sequence). A resumed session continues after the last one the
 * server acknowledged. Nothing is held in memory; the journal keeps the run until it is done.
 *
 * <p>{@link #open}, {@link #read} and {@link #acknowledged} run on the sender's event loop.
 */
final class ResendOutbox implements RspOutbox {

    private final JournalCursor cursor;
    private final long first;
    private final long last;
    private volatile long acknowledged;

    ResendOutbox(Journal journal, long first, long last) {
        this.cursor = new JournalCursor(journal);
        this.first = first;
        this.last = last;
        this.acknowledged = first - 1;
    }

    /** The server's next sequence does not matter: it may hold any of these, or have lost them. */
    @Override
    public long open(long serverNext) {
        return acknowledged + 1;
    }

    @Override
    public List<byte[]> read(long from, int max) {
        return from > last ? List.of() : cursor.read(from, (int) Math.min(max, last - from + 1));
    }

    @Override
    public void acknowledged(long through) {
        acknowledged = Math.max(acknowledged, Math.min(through, last));
    }

    @Override
    public long end() {
        return last + 1;
    }

    @Override
    public void onAvailable(Runnable wakeup) {
        // every record of the run is journaled already
    }

    /** True once the server acknowledged the whole run. */
    boolean done() {
        return acknowledged >= last;
    }

    /** What the journal's retention may delete: nothing this run has still to send. */
    long deletableThrough() {
        return acknowledged;
    }

    long first() {
        return first;
    }

    long records() {
        return last - first + 1;
    }

    void close() {
        cursor.close();
    }
}
