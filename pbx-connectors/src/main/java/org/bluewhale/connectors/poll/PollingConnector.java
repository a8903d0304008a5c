package org.bluewhale.connectors.poll;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector that looks for files now and then (a folder, an FTP server): {@link #poll()} runs on
 * a thread of its own at start and then {@code every} after the previous poll ended, so polls never
 * overlap. A failed poll is reported as FAILING with its reason and the next one tries again;
 * closing lets a poll in progress (an import) finish.
 */
public abstract class PollingConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(PollingConnector.class);
    private static final long FINISH_SECONDS = 30;

    protected final PolledStatus status = new PolledStatus();
    private final String threadName;
    private final Duration every;
    private ScheduledExecutorService poller;

    protected PollingConnector(String threadName, Duration every) {
        this.threadName = threadName;
        this.every = every;
    }

    /** One look for new files; throws when it could not look (the next poll tries again). */
    protected abstract void poll() throws IOException;

    @Override
    public void start() {
        status.state(State.CONNECTING);
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{} polling every {}", name(), every);
    }

    @Override
    public ConnectorStatus status() {
        return status.snapshot();
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        status.state(State.STOPPED);
    }

    /** Reports why polling fails, logging only when the reason changes, so a long outage logs once. */
    protected void failing(String reason) {
        if (status.state() != State.FAILING || !reason.equals(status.lastError())) {
            log.warn("{}: {}", name(), reason);
        }
        status.failing(reason);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (IOException e) {
            failing(e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (RuntimeException e) { // a bug or the journal failing: never let the schedule die
            log.error("{} poll failed", name(), e);
            failing("poll failed: " + e);
        }
    }
}
