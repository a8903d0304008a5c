package org.bluewhale.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of up
 * to {@code burst}. A flooding client gets 429 with the seconds to wait; others are not slowed.
 */
final class RateLimiter {

    /** Past this many clients the buckets are dropped (they would refill anyway). */
    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedMillis;
    }

    RateLimiter(int perSecond, int burst, Clock clock) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit and burst must be at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes one request from {@code client}'s bucket: 0 when allowed, else the whole seconds to wait. */
    long acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of spoofed addresses must not exhaust memory; all buckets refill
        }
        long nowMillis = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(client, c -> {
            Bucket b = new Bucket();
            b.tokens = burst;
            b.updatedMillis = nowMillis;
            return b;
        });
        synchronized (bucket) {
            double elapsedSeconds = (nowMillis - bucket.updatedMillis) / 1000.0;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsedSeconds * perSecond);
            bucket.updatedMillis = nowMillis;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
    }
}
