package org.bluewhale.cep;

import java.time.Instant;
import java.time.ZoneOffset;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * Test legs as the CUCM decoder makes them from Cisco's CDR examples (globalCallID, leg call
 * identifiers, OnBehalfOf codes already mapped to features), and Avaya legs with condition codes.
 */
final class Cdr {

    static final Instant T0 = Instant.parse("2026-01-24T01:00:00Z");
    static final String CISCO = "cucm-sh";
    static final String AVAYA = "avaya-bj";

    private Cdr() {
    }

    /** A Cisco CDR: gcid, origLegCallIdentifier, destLegIdentifier, caller, called, start offset, duration. */
    static CallLeg.Builder cisco(long sequence, int gcid, long origLeg, long destLeg, String calling, String called,
                                 int startSecond, int duration) {
        return CallLeg.builder(CISCO, sequence, sequence, ZoneOffset.UTC).start(T0.plusSeconds(startSecond))
                .durationSeconds(duration).callingNumber(calling).dialedNumber(called).finalCalledNumber(called)
                .originalCalledNumber(called).correlationId("cl1:1:" + gcid).callingLegId(origLeg).calledLegId(destLeg)
                .direction(Direction.INTERNAL);
    }

    static CallLeg.Builder out(CallLeg.Builder b) {
        return b.direction(Direction.OUTGOING).trunkOut("SH-PSTN-CUBE");
    }

    static CallLeg.Builder in(CallLeg.Builder b) {
        return b.direction(Direction.INCOMING).trunkIn("SH-PSTN-CUBE");
    }

    /** An Avaya record: caller, dialed, start offset, duration, condition code. */
    static CallLeg.Builder avaya(long sequence, String calling, String dialed, Direction direction, int startSecond,
                                 int duration, String condition) {
        CallLeg.Builder b = CallLeg.builder(AVAYA, sequence, sequence, ZoneOffset.UTC)
                .start(T0.plusSeconds(startSecond)).durationSeconds(duration).callingNumber(calling)
                .dialedNumber(dialed).direction(direction).conditionCode(condition);
        return direction == Direction.OUTGOING ? b.trunkOut("001") : direction == Direction.INCOMING ? b.trunkIn("002") : b;
    }
}
