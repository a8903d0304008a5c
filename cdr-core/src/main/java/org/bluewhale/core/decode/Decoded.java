package org.bluewhale.core.decode;

import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;

/** The outcome of decoding one raw record. */
public sealed interface Decoded {

    /** A billable (or at least storable) call leg. */
    record Leg(CallLeg leg) implements Decoded {
    }

    /** A call-quality report (a Cisco CMR): stored beside the call it names, not billed. */
    record Quality(CallQuality quality) implements Decoded {
    }

    /** A well-formed record that carries no call: a header row, a date record. */
    record Skipped(String what) implements Decoded {
    }

    /** A record that is not what the format says: it goes to quarantine with this reason. */
    record Rejected(String reason) implements Decoded {
    }

    static Decoded leg(CallLeg leg) {
        return new Leg(leg);
    }

    static Decoded quality(CallQuality quality) {
        return new Quality(quality);
    }

    static Decoded skipped(String what) {
        return new Skipped(what);
    }

    static Decoded rejected(String reason) {
        return new Rejected(reason);
    }
}
