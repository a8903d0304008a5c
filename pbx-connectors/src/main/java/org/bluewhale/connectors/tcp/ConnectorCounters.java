package org.bluewhale.connectors.tcp;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The traffic figures of one connector, shared by all its channels and read by
 * {@link org.bluewhale.core.spi.Connector#status()} from any thread. Updated once per read
 * burst, not per record, so the counters stay off the hot path.
 */
public final class ConnectorCounters {

    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger pausedChannels = new AtomicInteger();
    private volatile Instant lastRecordAt;
    private volatile String lastError;

    void recordBurst(int recordCount, long byteCount, Instant at) {
        records.addAndGet(recordCount);
        bytes.addAndGet(byteCount);
        lastRecordAt = at;
    }

    void channelPaused() {
        pausedChannels.incrementAndGet();
    }

    void channelResumed() {
        pausedChannels.decrementAndGet();
    }

    public void error(String description) {
        lastError = description;
    }

    /** Records journaled since start. */
    public long records() {
        return records.get();
    }

    /** Bytes of the records journaled: line terminators and cut-off tails are not counted. */
    public long bytes() {
        return bytes.get();
    }

    /** True while at least one channel has stopped reading because the journal is full. */
    public boolean paused() {
        return pausedChannels.get() > 0;
    }

    /** When the last read burst with records was journaled, or null. */
    public Instant lastRecordAt() {
        return lastRecordAt;
    }

    /** The last error any channel reported, or null. */
    public String lastError() {
        return lastError;
    }
}
