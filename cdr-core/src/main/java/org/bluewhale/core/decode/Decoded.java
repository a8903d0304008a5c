package org.bluewhale.core.decode;

import org.bluewhale.core.CallLeg;

/** The outcome of decoding one raw record. */
public sealed interface Decoded {

    /** A billable (or at least storable) call leg. */
    record Leg(CallLeg leg) implements Decoded {
    }

    /** A well-formed record that carries no call: a header row, a date record, a CMR. */
    record Skipped(String what) implements Decoded {
    }

    /** A record that is not what the format says: it goes to quarantine with this reason. */
    record Rejected(String reason) implements Decoded {
    }

    static Decoded leg(CallLeg leg) {
        return new Leg(leg);
    }

    static Decoded skipped(String what) {
        return new Skipped(what);
    }

    static Decoded rejected(String reason) {
        return new Rejected(reason);
    }
}
