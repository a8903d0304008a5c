package org.bluewhale.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.core.spi.StoreBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage: gathers rated batches into database-sized transactions and writes them with
 * their journal position. While the database refuses, it retries with back-off and stops taking
 * batches, so the backlog waits in the journal rather than in memory. A batch refused because
 * this node no longer owns some of its PBXs ({@link OwnershipLost}, clustered only) is written
 * again at once without their records.
 */
final class StoreStage extends Thread {

    private static final Logger log = LoggerFactory.getLogger(StoreStage.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final CdrStore store;
    private final BlockingQueue<StoreBatch> in;
    private final Thread upstream;
    private final PipelineConfig config;
    private final LongConsumer onCommitted;
    private final List<RatedCall> calls = new ArrayList<>();
    private final List<Quarantined> quarantined = new ArrayList<>();
    private final List<CallQuality> quality = new ArrayList<>();
    private long position = -1;
    private long pendingSince;
    private volatile long stored;
    private volatile long quarantinedCount;
    private volatile long qualityCount;
    private volatile String error;

    StoreStage(CdrStore store, Thread upstream, BlockingQueue<StoreBatch> in,
               PipelineConfig config, LongConsumer onCommitted) {
        super("pipeline-store");
        this.store = store;
        this.upstream = upstream;
        this.in = in;
        this.config = config;
        this.onCommitted = onCommitted;
        setDaemon(true);
        setPriority(ThreadPriorities.PROCESSING);
    }

    long stored() {
        return stored;
    }

    long quarantined() {
        return quarantinedCount;
    }

    long qualityReports() {
        return qualityCount;
    }

    String error() {
        return error;
    }

    @Override
    public void run() {
        long delayMs = config.maxStoreDelay().toMillis();
        try {
            while (upstream.isAlive() || !in.isEmpty() || position >= 0) {
                long wait = position < 0 ? delayMs : Math.max(0, pendingSince + delayMs - System.currentTimeMillis());
                StoreBatch batch = in.poll(wait, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    add(batch);
                }
                boolean full = calls.size() + quarantined.size() + quality.size() >= config.storeBatch();
                boolean due = position >= 0 && System.currentTimeMillis() - pendingSince >= delayMs;
                boolean draining = !upstream.isAlive() && in.isEmpty() && position >= 0;
                if (full || due || draining) {
                    writeWithRetry();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(StoreBatch batch) {
        if (position < 0) {
            pendingSince = System.currentTimeMillis();
        }
        calls.addAll(batch.calls());
        quarantined.addAll(batch.quarantined());
        quality.addAll(batch.quality());
        position = batch.journalPosition();
    }

    private void writeWithRetry() throws InterruptedException {
        StoreBatch batch = new StoreBatch(List.copyOf(calls), List.copyOf(quarantined), List.copyOf(quality), position);
        long backoff = 100;
        while (true) {
            try {
                store.write(batch);
                break;
            } catch (RuntimeException e) {
                if (e instanceof OwnershipLost lost) { // clustered: another node owns these PBXs now
                    log.warn("{}; writing the batch without their records", e.getMessage());
                    batch = batch.without(lost.pbxIds());
                    continue;
                }
                if (error == null) {
                    log.error("database write failed; retrying with back-off, records wait in the journal", e);
                }
                error = String.valueOf(e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
        if (error != null) {
            log.info("database writes succeed again");
            error = null;
        }
        stored += batch.calls().size();
        quarantinedCount += batch.quarantined().size();
        qualityCount += batch.quality().size();
        calls.clear();
        quarantined.clear();
        quality.clear();
        onCommitted.accept(position);
        position = -1;
    }
}
