package org.bluewhale.core.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.spi.Correlator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The correlate stage. Unlike the other stages it also works without input: held legs are
 * released when their window ends even if the PBX has gone quiet, so it wakes up every tick.
 *
 * <p>The position it hands on is the "low-water" position: the batch's last position, but never
 * at or past the oldest leg the correlator still holds. The store commits that, so a restart
 * re-reads every held leg from the journal.
 */
final class CorrelateStage extends Thread {

    private static final Logger log = LoggerFactory.getLogger(CorrelateStage.class);

    private final Correlator correlator;
    private final Clock clock;
    private final long tickMillis;
    private final Thread upstream;
    private final BlockingQueue<DecodedBatch> in;
    private final BlockingQueue<DecodedBatch> out;
    private volatile long lastPosition = -1;
    private volatile long handedOn = -1;

    CorrelateStage(Correlator correlator, Clock clock, long tickMillis, Thread upstream,
                   BlockingQueue<DecodedBatch> in, BlockingQueue<DecodedBatch> out) {
        super("pipeline-correlate");
        this.correlator = correlator;
        this.clock = clock;
        this.tickMillis = tickMillis;
        this.upstream = upstream;
        this.in = in;
        this.out = out;
        setDaemon(true);
        setPriority(ThreadPriorities.PROCESSING);
    }

    @Override
    public void run() {
        try {
            while (upstream.isAlive() || !in.isEmpty()) {
                DecodedBatch batch = in.poll(tickMillis, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    List<CallLeg> ready = correlator.offer(batch.legs(), clock.instant());
                    handOn(new DecodedBatch(ready, batch.quarantined(), batch.quality(), batch.skipped(),
                            lowWater(batch.lastPosition())));
                    // only now, after handedOn: a waiter that sees this position also sees what was handed on for it
                    lastPosition = batch.lastPosition();
                }
                List<CallLeg> released = correlator.advance(clock.instant());
                long low = lowWater(lastPosition);
                if (!released.isEmpty() || (lastPosition >= 0 && low > handedOn)) {
                    handOn(new DecodedBatch(released, List.<Quarantined>of(), List.of(), 0, low));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("pipeline stage {} stopped by an unexpected error", getName(), e);
        }
    }

    /** The last journal position correlated. */
    long lastPosition() {
        return lastPosition;
    }

    /** The last position handed on for the store to commit: below every held leg. */
    long handedOn() {
        return handedOn;
    }

    private void handOn(DecodedBatch batch) throws InterruptedException {
        out.put(batch);
        handedOn = batch.lastPosition();
    }

    /** {@code read}, the last position read, kept below the oldest held leg. */
    private long lowWater(long read) {
        long oldest = correlator.oldestHeldPosition();
        return oldest == Long.MAX_VALUE ? read : Math.min(read, oldest - 1);
    }
}
