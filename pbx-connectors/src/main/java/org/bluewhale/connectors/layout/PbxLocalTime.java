package org.bluewhale.connectors.layout;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns a PBX's wall-clock time into an instant with the zone's rules, as
 * {@link java.time.ZonedDateTime#ofLocal} does with no preferred offset: in a DST overlap the
 * earlier offset wins, and a time in a gap is read with the offset before the gap (so 02:30 in a
 * spring-forward gap becomes 03:30 of the new offset).
 *
 * <p>Records come in time order, so the offset of the last local day is cached; a day on which the
 * zone has a transition is always resolved through the full rules. One instance per decoder thread.
 */
public final class PbxLocalTime {

    private static final long SECONDS_PER_DAY = 86_400L;

    private final ZoneRules rules;
    private long cachedDay = Long.MIN_VALUE;
    /** Offset valid for the whole of {@code cachedDay}, or null when that day has a transition. */
    private ZoneOffset cachedOffset;

    public PbxLocalTime(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The instant of a local epoch second (see {@link LocalTimestampPattern}). */
    public Instant toInstant(long localEpochSecond) {
        long day = Math.floorDiv(localEpochSecond, SECONDS_PER_DAY);
        if (day != cachedDay) {
            cacheDay(day);
        }
        ZoneOffset offset = cachedOffset != null ? cachedOffset
                : rules.getOffset(LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC));
        return Instant.ofEpochSecond(localEpochSecond - offset.getTotalSeconds());
    }

    private void cacheDay(long day) {
        long dayStartLocal = day * SECONDS_PER_DAY;
        ZoneOffset atMidnight = rules.getOffset(LocalDateTime.ofEpochSecond(dayStartLocal, 0, ZoneOffset.UTC));
        // Offsets never exceed 18 h, so a transition more than two days after local midnight
        // (read as UTC minus the offset) cannot touch any wall-clock time of this day.
        ZoneOffsetTransition next = rules.nextTransition(
                Instant.ofEpochSecond(dayStartLocal - atMidnight.getTotalSeconds() - SECONDS_PER_DAY));
        boolean quietDay = next == null || next.toEpochSecond() > dayStartLocal + 2 * SECONDS_PER_DAY;
        cachedDay = day;
        cachedOffset = quietDay ? atMidnight : null;
    }
}
