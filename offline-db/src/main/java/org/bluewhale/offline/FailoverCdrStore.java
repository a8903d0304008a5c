package org.bluewhale.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.core.spi.StoreBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's store when an offline database backs the main one. A batch goes to the main
 * database; when that fails (refused, timed out, read-only, disk full) the batch goes to the
 * offline database instead, in one SQLite transaction with its journal position, and so do the
 * batches after it: ingestion does not stop. A background thread keeps offering the oldest offline
 * batch to the main database, with back-off; the first one it takes is the sign the database is
 * back, and the thread then drains the rest in order while new batches go straight to the main
 * database again.
 *
 * <p><b>Exactly once across a crash at any point.</b> Every batch the pipeline hands over is
 * committed either to the main database or to the offline one before the next is taken, each
 * together with its journal position. Each database keeps the highest position it has committed
 * and never lowers it (a drained, older batch does not move the main position back). The pipeline
 * resumes after {@link #committedPosition()}, the larger of the two, so every record up to it is
 * in one of the two databases, and the offline rows are durable until drained. A crash between a
 * drained batch's main commit and its removal from the offline database leaves it in both; it is
 * drained again and the main database's unique keys (PBX, sequence) skip what it already has. When
 * the main position is not known (the database is down at start) the pipeline may re-read records
 * the main database already holds, which those keys make harmless too.
 *
 * <p>A batch refused by a clustered node's fence ({@link OwnershipLost}) is not a failure of the
 * main database: it is not spooled but handed back to the pipeline, which writes it again without
 * the PBXs this node no longer owns.
 */
public final class FailoverCdrStore implements CdrStore {

    private static final Logger log = LoggerFactory.getLogger(FailoverCdrStore.class);

    /** Where batches go. */
    public enum Mode {
        /** to the main database; nothing offline */
        ONLINE,
        /** to the offline database: the main one failed, and is retried with back-off */
        OFFLINE,
        /** to the main database, while the offline backlog drains into it */
        DRAINING
    }

    private final CdrStore main;
    private final OfflineDatabase offline;
    private final FailoverConfig config;
    private final TimedWriter mainWriter;
    private final Thread drainer;
    private final Object wake = new Object();
    private final AtomicLong mainPosition = new AtomicLong();
    private final AtomicLong drained = new AtomicLong();
    private volatile Mode mode;
    private volatile String lastError;
    /** When this process last saw batches stop going to the main database; null while ONLINE. */
    private volatile Instant offlineSince;
    private volatile boolean closed;

    public FailoverCdrStore(CdrStore main, OfflineDatabase offline, FailoverConfig config) {
        this.main = main;
        this.offline = offline;
        this.config = config;
        this.mainWriter = new TimedWriter(main, config.writeTimeout());
        this.mode = offline.batches() == 0 ? Mode.ONLINE : Mode.OFFLINE;
        this.offlineSince = mode == Mode.ONLINE ? null : Instant.now();
        try {
            mainPosition.set(main.committedPosition());
        } catch (RuntimeException e) {
            mode = Mode.OFFLINE;
            offlineSince = Instant.now();
            lastError = String.valueOf(e.getMessage());
            log.warn("main database unreachable at start ({}); batches go to the offline database {}", lastError,
                    offline.file());
        }
        if (offline.batches() > 0) {
            log.info("offline database {} holds {} records from before; draining them into the main database",
                    offline.file(), offline.records());
        }
        this.drainer = new Thread(this::drain, "offline-drain");
        drainer.setDaemon(true);
        drainer.setPriority(ThreadPriorities.PROCESSING);
        drainer.start();
    }

    @Override
    public void registerPbx(PbxDescriptor pbx) {
        main.registerPbx(pbx);
    }

    @Override
    public void write(StoreBatch batch) {
        if (mode != Mode.OFFLINE) {
            try {
                writeMain(batch);
                return;
            } catch (TimedWriter.Failed e) {
                goOffline(e);
            }
        }
        if (offline.records() + batch.size() > config.maxRecords()) {
            throw new IllegalStateException("offline database full (" + offline.records() + " records, limit "
                    + config.maxRecords() + "); records wait in the journal until the main database is back");
        }
        offline.append(batch);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void writeMain(StoreBatch batch) throws TimedWriter.Failed {
        try {
            mainWriter.write(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the main database", e);
        }
        mainPosition.accumulateAndGet(batch.journalPosition(), Math::max);
    }

    /**
     * Writes an offline batch to the main database without the records of PBXs this node no longer
     * owns (clustered): their new owner stores them from its own journal.
     */
    private void writeMainOwned(StoreBatch batch) throws TimedWriter.Failed {
        StoreBatch owned = batch;
        while (true) {
            try {
                writeMain(owned);
                return;
            } catch (RuntimeException e) {
                if (!(e instanceof OwnershipLost lost)) {
                    throw e;
                }
                log.info("{}; draining the offline batch without their records", e.getMessage());
                owned = owned.without(lost.pbxIds());
            }
        }
    }

    private void goOffline(TimedWriter.Failed e) {
        if (mode == Mode.OFFLINE && !e.getMessage().equals(lastError)) {
            log.info("main database still failing: {}", e.getMessage());
        }
        lastError = e.getMessage();
        if (mode != Mode.OFFLINE) {
            if (mode == Mode.ONLINE) {
                offlineSince = Instant.now();
            }
            mode = Mode.OFFLINE;
            log.warn("main database failed ({}); batches go to the offline database {} until it is back",
                    lastError, offline.file(), e.getCause());
        }
    }

    /** The drainer's loop: offer the oldest offline batch to the main database, back off on failure. */
    private void drain() {
        Duration backoff = config.retryMin();
        while (!closed) {
            try {
                Optional<OfflineDatabase.Entry> next = offline.oldest();
                if (next.isEmpty()) {
                    if (mode == Mode.DRAINING) {
                        mode = Mode.ONLINE;
                        offlineSince = null;
                        log.info("offline backlog drained into the main database ({} records since start)",
                                drained.get());
                    }
                    awaitBacklog();
                    continue;
                }
                OfflineDatabase.Entry entry = next.get();
                writeMainOwned(entry.batch());
                offline.remove(entry);
                drained.addAndGet(entry.batch().size());
                backoff = config.retryMin();
                if (mode == Mode.OFFLINE) {
                    mode = Mode.DRAINING;
                    lastError = null;
                    log.info("main database takes writes again; draining {} records from the offline database",
                            offline.records());
                }
            } catch (TimedWriter.Failed e) {
                goOffline(e);
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.retryMax());
            } catch (RuntimeException e) {
                log.error("offline drain failed; retrying", e);
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.retryMax());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void awaitBacklog() {
        synchronized (wake) {
            while (!closed && offline.batches() == 0) {
                try {
                    wake.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Waits the whole back-off (appends do not cut it short); only closing does. */
    private void pause(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (wake) {
            long left;
            while (!closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    wake.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The larger of the positions the two databases have committed; see the class comment. */
    @Override
    public long committedPosition() {
        return Math.max(mainPosition.get(), offline.highestPosition());
    }

    public OfflineStatus status() {
        return new OfflineStatus(mode, offline.records(), offline.batches(), offline.bytesOnDisk(), drained.get(),
                lastError, offlineSince);
    }

    /** Stops the drainer; what is still offline drains after the next start. */
    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            drainer.join(config.writeTimeout().toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mainWriter.close();
        offline.close();
        main.close();
    }
}
