package org.bluewhale.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.CdrRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main database's housekeeping, at start and once a day on a daemon thread of its own: the
 * CDR retention policy ({@code db.retention-months}, {@code db.retention-action}), then the daily
 * cost roll-up of the last {@value #ROLL_UP_DAYS} days, so that no operator's report pays for it.
 * A failure is logged and tried again the next day.
 */
final class DailyDatabaseTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDatabaseTasks.class);
    static final int ROLL_UP_DAYS = 62;

    private final ScheduledExecutorService timer;

    private DailyDatabaseTasks(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Checks the retention keys and starts the daily run. */
    static DailyDatabaseTasks start(Config config, Database database, Clock clock) {
        int months = config.get(ServerKeys.DB_RETENTION_MONTHS);
        CdrRetention.Action action = action(config.get(ServerKeys.DB_RETENTION_ACTION));
        if (months < 0) {
            throw new ConfigException(ServerKeys.DB_RETENTION_MONTHS.name() + " must be 0 (keep all) or more, got " + months);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-daily");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            Instant now = clock.instant();
            if (months > 0) {
                run("CDR retention", () -> database.retention().apply(months, action, now));
            }
            run("daily cost roll-up", () -> database.departmentSummary().rollUp(now.minus(Duration.ofDays(ROLL_UP_DAYS)), now));
        }, 0, 1, TimeUnit.DAYS);
        return new DailyDatabaseTasks(timer);
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("{} failed, trying again in a day: {}", what, e.getMessage(), e);
        }
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
                LOG.warn("daily database tasks still running at shutdown; the database close will end them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
