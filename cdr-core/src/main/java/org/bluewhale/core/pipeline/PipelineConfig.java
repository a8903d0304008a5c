package org.bluewhale.core.pipeline;

import java.time.Clock;
import java.time.Duration;

/**
 * Tuning of the stages after the journal. The server's configuration catalogue documents each key.
 *
 * @param readBatch     records read from the journal per hand-off
 * @param queueDepth    batches each inter-stage queue holds before the stage before it waits
 * @param storeBatch    records written per database transaction (at most)
 * @param maxStoreDelay how long a partial batch may wait before it is written anyway
 * @param drainTimeout  how long closing waits for the database to take what the stages hold;
 *                      what it does not take stays in the journal for the next start
 * @param correlationTick how often the correlate stage lets time pass when no legs arrive, so
 *                      held legs whose window ended are released from a quiet PBX too
 * @param clock         the correlator's clock
 */
public record PipelineConfig(int readBatch, int queueDepth, int storeBatch, Duration maxStoreDelay,
                             Duration drainTimeout, Duration correlationTick, Clock clock) {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CORRELATION_TICK = Duration.ofSeconds(1);

    public PipelineConfig(int readBatch, int queueDepth, int storeBatch, Duration maxStoreDelay,
                          Duration drainTimeout) {
        this(readBatch, queueDepth, storeBatch, maxStoreDelay, drainTimeout, CORRELATION_TICK, Clock.systemUTC());
    }

    public PipelineConfig(int readBatch, int queueDepth, int storeBatch, Duration maxStoreDelay) {
        this(readBatch, queueDepth, storeBatch, maxStoreDelay, DRAIN_TIMEOUT);
    }

    /** This configuration with the correlator driven by {@code correlatorClock}. */
    public PipelineConfig withClock(Clock correlatorClock) {
        return new PipelineConfig(readBatch, queueDepth, storeBatch, maxStoreDelay, drainTimeout, correlationTick,
                correlatorClock);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(2_000, 8, 10_000, Duration.ofMillis(200));
    }
}
