package org.bluewhale.rsp.bluewhale;

import java.util.List;

/**
 * What an {@link RspSender} sends: numbered records kept until the server acknowledges them.
 * The in-memory {@link MemoryOutbox} serves the simulator; a remote unit implements this over
 * its offline database, so records survive its own restart and are resent from there.
 *
 * <p>Called by the sender's event loop thread, except that producers add records from theirs.
 */
public interface RspOutbox {

    /**
     * A session opened; the server holds every record below {@code serverNext}. An outbox that
     * has never been numbered takes {@code serverNext} as its first sequence.
     *
     * @return the first sequence to send (at least {@code serverNext})
     */
    long open(long serverNext);

    /** Up to {@code max} records from sequence {@code from} on; none when none is there yet. */
    List<byte[]> read(long from, int max);

    /** The server journaled everything up to {@code through}: those records may go. */
    void acknowledged(long through);

    /** The sequence after the last record held, once numbered (after the first {@link #open}). */
    long end();

    /** {@code wakeup} is run (on the producer's thread) when records arrive after a read found none. */
    void onAvailable(Runnable wakeup);
}
