package org.bluewhale.core.pipeline;

import java.time.Duration;

/**
 * Tuning of the stages after the journal. The server's configuration catalogue documents each key.
 *
 * @param readBatch     records read from the journal per hand-off
 * @param queueDepth    batches each inter-stage queue holds before the stage before it waits
 * @param storeBatch    records written per database transaction (at most)
 * @param maxStoreDelay how long a partial batch may wait before it is written anyway
 */
public record PipelineConfig(int readBatch, int queueDepth, int storeBatch, Duration maxStoreDelay) {

    public static PipelineConfig defaults() {
        return new PipelineConfig(2_000, 8, 10_000, Duration.ofMillis(200));
    }
}
