package org.bluewhale.connectors.tcp;

import java.time.Duration;

/** Exponential back-off between reconnection attempts: initial, doubled each time, capped. */
public final class ReconnectBackoff {

    private final long initialNanos;
    private final long maxNanos;
    private long nextNanos;

    public ReconnectBackoff(Duration initial, Duration max) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.nextNanos = initialNanos;
    }

    /** The wait before the next attempt; each call doubles the following one, up to the cap. */
    public long nextDelayNanos() {
        long delay = nextNanos;
        nextNanos = delay > maxNanos / 2 ? maxNanos : delay * 2;
        return delay;
    }

    /** Back to the initial wait, after a connection succeeded. */
    public void reset() {
        nextNanos = initialNanos;
    }
}
