package org.bluewhale.connectors.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a zone at an epoch second, cached between two transitions of the zone's
 * rules so that formatting millions of records does not consult the rules each time.
 */
final class LocalOffsets {

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offsetSeconds;

    LocalOffsets(ZoneId zone) {
        this.rules = zone.getRules();
    }

    int offsetSeconds(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validUntil) {
            Instant at = Instant.ofEpochSecond(epochSecond);
            offsetSeconds = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition next = rules.nextTransition(at);
            ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
            validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        }
        return offsetSeconds;
    }

    /** Local epoch seconds: wall-clock time counted as if it were UTC. */
    long toLocal(long epochSecond) {
        return epochSecond + offsetSeconds(epochSecond);
    }
}
