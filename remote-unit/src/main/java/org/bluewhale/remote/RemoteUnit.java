package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote unit: beside one or more far-away PBXs, journals each one's records in its own raw
 * journal before they are acknowledged to the PBX, and forwards them to the Bluewhale server
 * over RSP, one session per PBX. The server de-duplicates by (PBX, sequence), and the sequence is
 * the record's position in the unit's journal, so nothing is lost or stored twice across link
 * cuts and restarts of either side. An administrator re-sends a time range of a PBX's journal
 * through {@link ResendRequests}, which the unit takes on while it runs or when it starts.
 */
public final class RemoteUnit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteUnit.class);
    /** How soon an idle sender notices new records. */
    private static final long TICK_MILLIS = 20;
    /** How soon a re-send request from {@code ./bluewhale remote-unit resend} is taken on. */
    private static final long RESEND_POLL_MILLIS = 500;

    private final String unitId;
    private final List<LocalFeed> feeds = new ArrayList<>();
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("ru-forward", true), NioIoHandler.newFactory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ru-timer");
        t.setDaemon(true);
        return t;
    });
    /** Finds the ranges of re-send requests, one at a time, off the timer thread. */
    private final ExecutorService resendWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ru-resend");
        t.setDaemon(true);
        return t;
    });
    private final StatusLog statusLog;
    private final StatusFile statusFile;
    private final ResendRequests requests;
    /** The re-send requests this run has taken on. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    private RemoteUnit(String unitId, Duration statusEvery, Path data) {
        this.unitId = unitId;
        this.statusLog = new StatusLog(unitId);
        this.statusFile = new StatusFile(data.resolve("status.properties"));
        this.requests = new ResendRequests(data);
    }

    private void schedule(Duration statusEvery) {
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::report, statusEvery.toMillis(), statusEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::takeResendRequests, 0, RESEND_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts every feed: each forwards what its journal holds from the last run, then what arrives.
     *
     * @param statusEvery how often the status is logged, written to {@code DATA/status.properties} and sent to the server
     * @param data        the unit's data directory: its status file and re-send requests ({@link ResendRequests})
     */
    public static RemoteUnit start(String unitId, List<FeedSpec> specs, Duration statusEvery, Path data) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("remote unit " + unitId + " has no PBX to serve");
        }
        RemoteUnit unit = new RemoteUnit(unitId, statusEvery, data);
        try {
            for (FeedSpec spec : specs) {
                unit.feeds.add(LocalFeed.start(spec.pbxId(), spec.journal(), spec.connectors(), spec.forward(),
                        unit.loops, unit.requests, unit.resendWorker));
                log.info("remote unit {}: PBX {} forwards to {}:{} as peer {}", unitId, spec.pbxId(),
                        spec.forward().host(), spec.forward().port(), spec.forward().peerId());
            }
        } catch (RuntimeException e) {
            unit.close();
            throw e;
        }
        unit.schedule(statusEvery);
        return unit;
    }

    /** Hands each new re-send request to its PBX's feed; a request for a PBX this unit lacks fails. */
    private void takeResendRequests() {
        try {
            for (ResendRequests.Request request : requests.pending()) {
                if (!taken.add(request.name())) {
                    continue;
                }
                LocalFeed feed = feeds.stream().filter(f -> f.pbxId().equals(request.pbxId())).findFirst().orElse(null);
                if (feed == null) {
                    requests.answer(request, new ResendRequests.Answer(ResendRequests.State.FAILED, 0, 0, 0,
                            "this unit serves no PBX " + request.pbxId()));
                } else {
                    resendWorker.execute(() -> feed.resend(request));
                }
            }
        } catch (RuntimeException e) {
            log.warn("remote unit {}: re-send requests: {}", unitId, e.toString());
        }
    }

    private void report() {
        try {
            List<FeedStatus> now = feeds.stream().map(LocalFeed::report).toList();
            statusLog.report(now);
            statusFile.write(unitId, now);
        } catch (RuntimeException e) {
            log.warn("remote unit {}: status report failed: {}", unitId, e.toString());
        }
    }

    private void tick() {
        for (LocalFeed feed : feeds) {
            try {
                feed.tick();
            } catch (RuntimeException e) {
                log.warn("remote unit {}: PBX {}: {}", unitId, feed.pbxId(), e.toString());
            }
        }
    }

    public String unitId() {
        return unitId;
    }

    /** Every feed's status, in configuration order. */
    public List<FeedStatus> status() {
        return feeds.stream().map(LocalFeed::status).toList();
    }

    /** Waits until the server acknowledged everything journaled so far; false on timeout. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (LocalFeed feed : feeds) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !feed.sender().flush(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        resendWorker.shutdownNow();
        try { // a tick still running could hand a finished re-send to the worker after it stopped
            timer.awaitTermination(10, TimeUnit.SECONDS);
            resendWorker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (LocalFeed feed : feeds) {
            try {
                feed.close();
            } catch (RuntimeException e) {
                log.warn("remote unit {}: closing PBX {}: {}", unitId, feed.pbxId(), e.toString());
            }
        }
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        report();
    }
}
