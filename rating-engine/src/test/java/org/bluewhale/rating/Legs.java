package org.bluewhale.rating;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/** Builds realistic call legs for tests. */
final class Legs {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static long sequence;

    private Legs() {
    }

    static CallLeg leg(String pbxId, Direction direction, String calling, String dialed, int durationSeconds) {
        long seq = ++sequence;
        return new CallLeg(pbxId, seq, seq * 100, Instant.parse("2026-03-02T01:15:00Z"), SHANGHAI,
                durationSeconds, 4, calling, dialed, direction, "", "", "", "", "", "",
                "", "", "", "", "");
    }

    static CallLeg outgoing(String dialed, int durationSeconds) {
        return leg("avaya-hq", Direction.OUTGOING, "2101", dialed, durationSeconds);
    }
}
