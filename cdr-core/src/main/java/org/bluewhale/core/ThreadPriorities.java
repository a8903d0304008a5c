package org.bluewhale.core;

/**
 * Who gets the CPU first when there is not enough of it: the receivers. A connector's I/O thread
 * runs at normal priority and only appends to the journal; everything that follows the journal
 * (decoding, correlation, rating, the database writes) runs below it, so a PBX emptying its
 * buffer is journaled at disk speed while processing catches up after; the raw dump's copy runs
 * lowest. The JVM applies these as nice values when started with
 * {@code -XX:ThreadPriorityPolicy=1} (as {@code ./bluewhale} does); lowering needs no privilege.
 */
public final class ThreadPriorities {

    /** The stages that follow the journal (nice 2). */
    public static final int PROCESSING = Thread.NORM_PRIORITY - 2;
    /** Copies that may fall behind in a burst and catch up after (nice 4). */
    public static final int COPY = Thread.MIN_PRIORITY;

    private ThreadPriorities() {
    }
}
