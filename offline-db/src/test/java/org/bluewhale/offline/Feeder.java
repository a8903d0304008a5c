package org.bluewhale.offline;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.SampleCalls;

/**
 * Writes batches into a store the way the pipeline's store stage does: journal positions in order,
 * each batch retried until the store accepts it, at most {@code batchesPerSecond}. Every batch is
 * {@value #CALLS} calls and one quarantined record; a record's journal position is its sequence.
 */
final class Feeder implements AutoCloseable {

    static final int CALLS = 500;
    static final String PBX = "outage-pbx";

    private final SampleCalls samples = new SampleCalls(42);
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong durationSum = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long nextPosition;
    private volatile Throwable failure;
    private final long intervalNanos;

    /** Starts feeding {@code store} after journal position {@code committed}. */
    Feeder(CdrStore store, long committed, int batchesPerSecond) {
        this.nextPosition = committed + 1;
        this.intervalNanos = 1_000_000_000L / batchesPerSecond;
        this.thread = new Thread(() -> feed(store), "feeder");
        thread.start();
    }

    /** One batch: the calls and a quarantined record right after them. */
    private StoreBatch next() {
        long first = nextPosition;
        List<RatedCall> calls = samples.calls(PBX, first, CALLS, Instant.parse("2026-03-01T08:00:00Z"));
        long last = first + CALLS;
        return new StoreBatch(calls, List.of(SampleCalls.garbled(PBX, last, last, Instant.now())), last);
    }

    private void feed(CdrStore store) {
        try {
            long due = System.nanoTime();
            while (running) {
                LockSupport.parkNanos(due - System.nanoTime());
                due += intervalNanos;
                StoreBatch batch = next();
                while (true) {
                    try {
                        store.write(batch);
                        break;
                    } catch (RuntimeException e) {
                        LockSupport.parkNanos(20_000_000);
                    }
                }
                batch.calls().forEach(c -> durationSum.addAndGet(c.leg().durationSeconds()));
                nextPosition = batch.journalPosition() + 1;
                batches.incrementAndGet();
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    long batches() {
        return batches.get();
    }

    /** Calls handed over. */
    long calls() {
        return batches.get() * CALLS;
    }

    long durationSum() {
        return durationSum.get();
    }

    long lastPosition() {
        return nextPosition - 1;
    }

    /** Stops after the batch being written. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        if (failure != null) {
            throw new AssertionError("feeder failed", failure);
        }
    }
}
