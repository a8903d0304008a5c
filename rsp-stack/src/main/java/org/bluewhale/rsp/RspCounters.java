package org.bluewhale.rsp;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.rsp.bluewhale.RspFrame.Status;

/**
 * The figures of one RSP listener, shared by its sessions and read by
 * {@link org.bluewhale.core.spi.Connector#status()} from any thread. Updated once per read
 * burst, not per record.
 */
public final class RspCounters {

    /** The sender's last STATUS report and when it arrived. */
    public record Reported(Status status, Instant at) {
    }

    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger paused = new AtomicInteger();
    private volatile Instant lastRecordAt;
    private volatile String lastError;
    private volatile long lastHeardMillis;
    private volatile Reported reported;

    public void journaled(long recordCount, long byteCount) {
        records.addAndGet(recordCount);
        bytes.addAndGet(byteCount);
        lastRecordAt = Instant.now();
    }

    /** Records received again (a resend after a reconnect or a lost ack) and not journaled twice. */
    public void duplicates(long count) {
        duplicates.addAndGet(count);
    }

    /** Records an administrator re-sent (a re-send session), journaled again for the store to sort out. */
    public void resent(long count) {
        resent.addAndGet(count);
    }

    /** An authenticated sender sent something: a session opened, data, a keep-alive. */
    public void heard() {
        lastHeardMillis = System.currentTimeMillis();
    }

    /** When an authenticated sender last sent anything, or null if none ever did. */
    public Instant lastHeardAt() {
        long millis = lastHeardMillis;
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    /** The sender reported its own state (a remote unit's backlog, local connector, last error). */
    public void reported(Status status) {
        reported = new Reported(status, Instant.now());
    }

    /** The sender's last report, or null if it never sent one (a sender from before STATUS). */
    public Reported lastReported() {
        return reported;
    }

    public void sessionOpened() {
        sessions.incrementAndGet();
    }

    public void sessionClosed() {
        sessions.decrementAndGet();
    }

    /** A sender turned away (wrong key, unknown peer or certificate, bad version). */
    public void refused(String why) {
        refused.incrementAndGet();
        lastError = why;
    }

    public void error(String description) {
        lastError = description;
    }

    public void channelPaused() {
        paused.incrementAndGet();
    }

    public void channelResumed() {
        paused.decrementAndGet();
    }

    public long records() {
        return records.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long resent() {
        return resent.get();
    }

    public long refusedSessions() {
        return refused.get();
    }

    public int openSessions() {
        return sessions.get();
    }

    public boolean paused() {
        return paused.get() > 0;
    }

    public Instant lastRecordAt() {
        return lastRecordAt;
    }

    public String lastError() {
        return lastError;
    }
}
