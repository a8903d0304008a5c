package org.bluewhale.server;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.store.cdr.CdrRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the CDR retention policy ({@code db.retention-months}, {@code db.retention-action}) at
 * start and once a day on a daemon thread of its own; a failure is logged and tried again the next day.
 */
final class RetentionSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ScheduledExecutorService timer;

    private RetentionSchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts the daily run, or returns null when retention is off (0 months). */
    static RetentionSchedule start(Config config, CdrRetention retention, Clock clock) {
        int months = config.get(ServerKeys.DB_RETENTION_MONTHS);
        CdrRetention.Action action = action(config.get(ServerKeys.DB_RETENTION_ACTION));
        if (months < 0) {
            throw new ConfigException(ServerKeys.DB_RETENTION_MONTHS.name() + " must be 0 (keep all) or more, got " + months);
        }
        if (months == 0) {
            return null;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cdr-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                retention.apply(months, action, clock.instant());
            } catch (RuntimeException e) {
                LOG.error("CDR retention failed, trying again in a day: {}", e.getMessage(), e);
            }
        }, 0, 1, TimeUnit.DAYS);
        return new RetentionSchedule(timer);
    }

    private static CdrRetention.Action action(String value) {
        try {
            return CdrRetention.Action.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ServerKeys.DB_RETENTION_ACTION.name() + " must be archive or purge, got '"
                    + value + "'");
        }
    }

    /**
     * Stops the daily run, letting a run in progress finish: interrupting it could close H2's file
     * channel under it (NIO closes a channel on interrupt).
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("CDR retention still running at shutdown; the database close will end it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
