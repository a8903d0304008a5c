package org.bluewhale.web.live;

import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.bluewhale.core.RatedCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live CDR flow ("话单流水"): the pipeline hands every stored batch to {@link #accept}, which
 * only appends to a ring of the latest {@value #KEPT} calls (the store thread never waits for a
 * browser). Every {@value #TICK_MILLIS} ms a sender thread gives each subscriber one {@code calls}
 * event with at most {@value #PER_TICK} of the new calls it may see, newest last, and a
 * {@code stats} event with the rate; at 10,000 calls a second a browser thus draws a sample, never
 * every row. Event ids are the sequence numbers of the feed, so a reconnecting browser resumes
 * after its {@code Last-Event-ID} while those calls are still in the ring.
 */
public final class LiveFeed implements Consumer<List<RatedCall>>, AutoCloseable {

    static final int KEPT = 5_000;
    static final int PER_TICK = 25;
    static final long TICK_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private record Entry(long id, RatedCall call) {
    }

    private final class Subscriber {
        final SseClient client;
        final Predicate<RatedCall> visible;
        long lastSent;

        Subscriber(SseClient client, Predicate<RatedCall> visible, long lastSent) {
            this.client = client;
            this.visible = visible;
            this.lastSent = lastSent;
        }
    }

    private final Deque<Entry> ring = new ArrayDeque<>(KEPT);
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-feed");
        t.setDaemon(true);
        return t;
    });
    private long nextId = 1;
    private long countedAtLastTick;
    private double ratePerSecond;

    public LiveFeed() {
        sender.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(List<RatedCall> stored) {
        synchronized (ring) {
            for (RatedCall call : stored) {
                if (ring.size() == KEPT) {
                    ring.removeFirst();
                }
                ring.addLast(new Entry(nextId++, call));
            }
        }
    }

    /**
     * Starts sending to {@code client} the calls {@code visible} lets through, after
     * {@code lastEventId} (null: starting with the latest few).
     */
    public void subscribe(SseClient client, Predicate<RatedCall> visible, String lastEventId) {
        long after;
        synchronized (ring) {
            // an id from before a restart of the server may be ahead of the feed: start from now then
            after = Math.min(resumePoint(lastEventId, nextId - 1 - PER_TICK), nextId - 1);
        }
        Subscriber subscriber = new Subscriber(client, visible, after);
        subscribers.add(subscriber);
        client.onClose(() -> subscribers.remove(subscriber));
    }

    private static long resumePoint(String lastEventId, long fallback) {
        if (lastEventId == null) {
            return Math.max(0, fallback);
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return Math.max(0, fallback);
        }
    }

    private void tick() {
        try {
            long newest;
            List<Entry> recent;
            synchronized (ring) {
                newest = nextId - 1;
                recent = new ArrayList<>(ring);
            }
            ratePerSecond = (newest - countedAtLastTick) * 1000.0 / TICK_MILLIS;
            countedAtLastTick = newest;
            for (Subscriber s : subscribers) {
                send(s, recent, newest);
            }
        } catch (RuntimeException e) {
            log.warn("live feed: {}", e.toString()); // one bad tick must not end the sender
        }
    }

    private void send(Subscriber s, List<Entry> recent, long newest) {
        if (s.client.terminated()) {
            subscribers.remove(s);
            return;
        }
        Deque<Map<String, Object>> sample = new ArrayDeque<>(PER_TICK);
        long matched = 0;
        for (Entry e : recent) {
            if (e.id > s.lastSent && s.visible.test(e.call)) {
                matched++;
                if (sample.size() == PER_TICK) {
                    sample.removeFirst();
                }
                sample.addLast(LiveJson.map(e.call));
            }
        }
        s.lastSent = newest;
        if (!sample.isEmpty()) {
            s.client.sendEvent("calls", List.copyOf(sample), Long.toString(newest));
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("ratePerSecond", Math.round(ratePerSecond));
        stats.put("newCalls", matched);
        stats.put("shown", sample.size());
        s.client.sendEvent("stats", stats);
    }

    /** Subscribers connected now (for tests and health). */
    public int subscribers() {
        return subscribers.size();
    }

    @Override
    public void close() {
        sender.shutdownNow();
        subscribers.forEach(s -> s.client.close());
    }

    /** Scope helper: every call, or those of the given departments. */
    public static Predicate<RatedCall> within(Set<Integer> departments, ExtensionOwners owners) {
        return departments == null ? call -> true : call -> owners.belongs(call, departments);
    }
}
