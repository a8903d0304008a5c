package org.bluewhale.rating;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A time zone's UTC offsets as two arrays, from the JDK's tz rules for 1970-2100, so rating finds
 * the offset of an instant without java.time objects. Shared per zone id.
 *
 * <p>An instant's period is found through an index of the period at the start of every 2^20
 * seconds (12 days) since 1970, then a step or two forward: a DST zone changes offset about twice a
 * year, so this is one array read where a binary search over its few hundred transitions took
 * eight unpredictable branches, twice per call.
 */
public final class ZoneTimeline {

    private static final long FIRST = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    private static final int BUCKET_SHIFT = 20;
    private static final Map<ZoneId, ZoneTimeline> CACHE = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** transitions[i] is the epoch second from which offsets[i] holds; transitions[0] = Long.MIN_VALUE. */
    private final long[] transitions;
    private final int[] offsets;
    /** periodAtBucket[b] is the period holding FIRST + (b << BUCKET_SHIFT). */
    private final int[] periodAtBucket;

    private ZoneTimeline(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        List<long[]> changes = new ArrayList<>();
        changes.add(new long[] {Long.MIN_VALUE, rules.getOffset(Instant.ofEpochSecond(FIRST)).getTotalSeconds()});
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(FIRST));
        while (t != null && t.toEpochSecond() < LAST) {
            changes.add(new long[] {t.toEpochSecond(), t.getOffsetAfter().getTotalSeconds()});
            t = rules.nextTransition(t.getInstant());
        }
        transitions = changes.stream().mapToLong(c -> c[0]).toArray();
        offsets = changes.stream().mapToInt(c -> (int) c[1]).toArray();
        periodAtBucket = new int[(int) ((LAST - FIRST) >> BUCKET_SHIFT) + 1];
        for (int b = 0; b < periodAtBucket.length; b++) {
            periodAtBucket[b] = searchPeriod(FIRST + ((long) b << BUCKET_SHIFT));
        }
    }

    /** The timeline of a zone, built once per zone. */
    public static ZoneTimeline of(ZoneId zone) {
        ZoneTimeline known = CACHE.get(zone); // get first: computeIfAbsent locks even when present
        return known != null ? known : CACHE.computeIfAbsent(zone, ZoneTimeline::new);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The index of the offset period holding {@code epochSecond}. */
    int periodOf(long epochSecond) {
        if (epochSecond < FIRST || epochSecond >= LAST) {
            return searchPeriod(epochSecond);
        }
        int period = periodAtBucket[(int) ((epochSecond - FIRST) >> BUCKET_SHIFT)];
        while (period + 1 < transitions.length && transitions[period + 1] <= epochSecond) {
            period++;
        }
        return period;
    }

    /** {@link #periodOf} by binary search over the transitions: the definition the index is built from. */
    int searchPeriod(long epochSecond) {
        int i = Arrays.binarySearch(transitions, epochSecond);
        return i >= 0 ? i : -i - 2;
    }

    /** The UTC offset in seconds of a period; beyond 2100 asks the tz rules themselves. */
    int offset(int period, long epochSecond) {
        if (epochSecond >= LAST) {
            return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
        return offsets[period];
    }

    /** The epoch second at which the period after {@code period} starts (Long.MAX_VALUE if none known). */
    long periodEnd(int period) {
        return period + 1 < transitions.length ? transitions[period + 1] : Long.MAX_VALUE;
    }
}
