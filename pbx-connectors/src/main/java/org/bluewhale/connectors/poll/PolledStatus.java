package org.bluewhale.connectors.poll;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.spi.FileSink;

/**
 * The status of a connector that imports files on a {@link PollSchedule}: written by its poll
 * thread, read by {@link org.bluewhale.core.spi.Connector#status()} from any thread.
 */
public final class PolledStatus {

    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Instant lastRecordAt;
    private volatile String lastError;
    private volatile State state = State.STOPPED;

    public State state() {
        return state;
    }

    public void state(State now) {
        state = now;
    }

    public String lastError() {
        return lastError;
    }

    /** An error that does not stop the connector (one file set aside, a move that failed). */
    public void error(String description) {
        lastError = description;
    }

    /** The last poll failed; the next one will try again. */
    public void failing(String reason) {
        lastError = reason;
        state = State.FAILING;
    }

    /** A file's records are journaled. */
    public void imported(FileSink.Imported file) {
        records.addAndGet(file.count());
        bytes.addAndGet(file.bytes());
        lastRecordAt = Instant.now();
    }

    public ConnectorStatus snapshot() {
        return new ConnectorStatus(state, records.get(), bytes.get(), lastRecordAt, lastError);
    }
}
