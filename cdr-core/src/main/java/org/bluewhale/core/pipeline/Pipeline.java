package org.bluewhale.core.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalReader;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.Correlator;
import org.bluewhale.core.spi.Rater;
import org.bluewhale.core.spi.StoreBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages after the journal, each on its own thread, linked by bounded queues:
 *
 * <pre>
 * journal --follow--> decode --> correlate --> rate --> store (one transaction per batch,
 *                                                              with the journal position)
 * </pre>
 * It starts from the position the store has committed, so a restart after a crash re-reads
 * exactly what the database does not have yet, including the legs correlation was holding (the
 * committed position stays below the oldest of them).
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Journal journal;
    private final RecordGate gate; // null on a single server: every record goes on
    private JournalReader reader; // the follower's; replaced when the gate asks to read again
    private final List<BlockingQueue<?>> queues;
    private final Thread follower;
    private final StageThread<List<RawRecord>, DecodedBatch> decoder;
    private final CorrelateStage correlator;
    private final StageThread<DecodedBatch, StoreBatch> rater;
    private final StoreStage writer;
    private final DecodedCounter counter = new DecodedCounter();
    private final Object commitMonitor = new Object();
    private final int readBatch;
    private final long drainTimeoutMillis;
    private volatile boolean following = true;
    private volatile long committed;

    /**
     * @param decoderOfPbx a new decoder for a PBX id, or null when the PBX is not configured
     */
    public Pipeline(Journal journal, Function<String, RecordDecoder> decoderOfPbx, Correlator correlation,
                    Rater rating, CdrStore store, PipelineConfig config) {
        this(journal, decoderOfPbx, correlation, rating, store, config, null);
    }

    /**
     * A pipeline whose follower passes on only what {@code gate} admits (a clustered node: the
     * records of the PBXs it owns).
     */
    public Pipeline(Journal journal, Function<String, RecordDecoder> decoderOfPbx, Correlator correlation,
                    Rater rating, CdrStore store, PipelineConfig config, RecordGate gate) {
        this.journal = journal;
        this.gate = gate;
        this.committed = store.committedPosition();
        this.reader = journal.openReader(committed + 1);
        BlockingQueue<List<RawRecord>> raw = new ArrayBlockingQueue<>(config.queueDepth());
        BlockingQueue<DecodedBatch> decoded = new ArrayBlockingQueue<>(config.queueDepth());
        BlockingQueue<DecodedBatch> correlated = new ArrayBlockingQueue<>(config.queueDepth());
        BlockingQueue<StoreBatch> rated = new ArrayBlockingQueue<>(config.queueDepth());
        this.queues = List.of(raw, decoded, correlated, rated);
        this.readBatch = config.readBatch();
        this.drainTimeoutMillis = config.drainTimeout().toMillis();
        this.follower = new Thread(() -> follow(raw), "pipeline-follow");
        follower.setDaemon(true);
        follower.setPriority(ThreadPriorities.PROCESSING);
        DecodeStage decode = new DecodeStage(decoderOfPbx);
        this.decoder = new StageThread<>("pipeline-decode", follower, raw, batch -> counter.count(decode.apply(batch)),
                decoded);
        this.correlator = new CorrelateStage(correlation, config.clock(), config.correlationTick().toMillis(), decoder,
                decoded, correlated);
        this.rater = new StageThread<>("pipeline-rate", correlator, correlated, new RateStage(rating), rated);
        this.writer = new StoreStage(store, rater, rated, config, this::committed);
    }

    private void follow(BlockingQueue<List<RawRecord>> out) {
        try {
            while (following) {
                List<RawRecord> batch = gate == null ? reader.poll(readBatch, 100) : gatedPoll();
                if (!batch.isEmpty()) {
                    out.put(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<RawRecord> gatedPoll() throws InterruptedException {
        long from = Math.max(gate.rewindPoint(), journal.firstAvailablePosition());
        if (from < reader.nextPosition()) {
            reader.close();
            reader = journal.openReader(from);
        }
        List<RawRecord> read = reader.poll(readBatch, 100);
        return read.isEmpty() ? read : gate.admit(read);
    }

    /** Starts the stages upstream first: a stage ends when the one before it has ended. */
    public void start() {
        follower.start();
        decoder.start();
        correlator.start();
        rater.start();
        writer.start();
    }

    private void committed(long position) {
        synchronized (commitMonitor) {
            committed = position;
            commitMonitor.notifyAll();
        }
    }

    /** The journal position the database has reached. */
    public long committedPosition() {
        return committed;
    }

    /**
     * Waits until every record up to {@code position} is in the database or held by correlation
     * for its partners (the database then has everything below the oldest held leg); false if
     * the timeout passed first.
     */
    public boolean awaitCommitted(long position, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (commitMonitor) {
            while (committed < position
                    && !(correlator.lastPosition() >= position && committed >= correlator.handedOn())) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                commitMonitor.wait(left);
            }
            return true;
        }
    }

    public PipelineStats stats() {
        return new PipelineStats(counter.decoded, counter.skipped, writer.quarantined(), writer.stored(),
                writer.qualityReports(), committed, queues.stream().mapToInt(BlockingQueue::size).sum(), writer.error(),
                follower.isAlive() && decoder.isAlive() && correlator.isAlive() && rater.isAlive() && writer.isAlive());
    }

    /**
     * Stops following the journal and lets the stages write what they hold. If the database does
     * not take it within the configured drain timeout (it is failing), the stages are stopped anyway:
     * those records are still in the journal and are processed at the next start.
     */
    @Override
    public void close() {
        following = false;
        try {
            long deadline = System.currentTimeMillis() + drainTimeoutMillis;
            for (Thread stage : List.of(follower, decoder, correlator, rater, writer)) {
                stage.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
            if (writer.isAlive()) {
                log.warn("pipeline did not drain within {} ms (database failing: {}); the records after journal "
                        + "position {} stay in the journal for the next start", drainTimeoutMillis, writer.error(),
                        committed);
                for (Thread stage : List.of(follower, decoder, correlator, rater, writer)) {
                    stage.interrupt();
                }
                writer.join(drainTimeoutMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.close();
        }
    }

    /** Counts what the decode stage produced; read by stats from other threads. */
    private static final class DecodedCounter {
        volatile long decoded;
        volatile long skipped;

        DecodedBatch count(DecodedBatch batch) {
            decoded += batch.legs().size();
            skipped += batch.skipped();
            return batch;
        }
    }
}
