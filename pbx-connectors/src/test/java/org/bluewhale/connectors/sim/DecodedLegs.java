package org.bluewhale.connectors.sim;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/** Tiny assertions shared by decoder tests: the record must decode to a leg, a skip or a rejection. */
public final class DecodedLegs {

    private DecodedLegs() {
    }

    public static CallLeg leg(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Leg.class, decoded, decoded.toString()).leg();
    }

    /** The quarantine reason. */
    public static String rejected(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Rejected.class, decoded, decoded.toString()).reason();
    }

    /** What a skipped record was. */
    public static String skipped(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Skipped.class, decoded, decoded.toString()).what();
    }
}
