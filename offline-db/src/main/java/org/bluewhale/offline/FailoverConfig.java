package org.bluewhale.offline;

import java.time.Duration;
import java.util.Objects;

/**
 * How the store falls back to the offline database and comes back.
 *
 * @param writeTimeout a main-database write that has not returned by then counts as failed (a
 *                     stalled connection must not stop ingestion)
 * @param retryMin     first wait before the main database is tried again; doubles per failure
 * @param retryMax     longest wait between tries
 * @param maxRecords   the offline database refuses batches past this many records; the pipeline
 *                     then retries and the backlog waits in the journal
 */
public record FailoverConfig(Duration writeTimeout, Duration retryMin, Duration retryMax, long maxRecords) {

    public static final long DEFAULT_MAX_RECORDS = 20_000_000;

    public FailoverConfig {
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        Objects.requireNonNull(retryMin, "retryMin");
        Objects.requireNonNull(retryMax, "retryMax");
        if (retryMin.isZero() || retryMin.isNegative() || retryMax.compareTo(retryMin) < 0) {
            throw new IllegalArgumentException("need 0 < retryMin <= retryMax, got " + retryMin + " and " + retryMax);
        }
    }
}
