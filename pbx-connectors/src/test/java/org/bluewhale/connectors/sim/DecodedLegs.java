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

    /**
     * Every truncation of each sample, and each sample with one character replaced, is answered
     * with a {@link Decoded}, never an exception.
     */
    public static void answersEveryTruncationAndCorruption(RecordDecoder decoder, String... samples) {
        check(decoder, true, samples);
    }

    /** Every truncation of each sample is answered with a {@link Decoded}, never an exception. */
    public static void answersEveryTruncation(RecordDecoder decoder, String... samples) {
        check(decoder, false, samples);
    }

    private static void check(RecordDecoder decoder, boolean corrupting, String... samples) {
        for (String sample : samples) {
            for (int cut = 0; cut <= sample.length(); cut++) {
                assertInstanceOf(Decoded.class, decoder.decode(RawRecords.text(sample.substring(0, cut))));
                if (corrupting) {
                    char[] corrupt = sample.toCharArray();
                    corrupt[Math.min(cut, corrupt.length - 1)] = cut % 2 == 0 ? '9' : 'x';
                    assertInstanceOf(Decoded.class, decoder.decode(RawRecords.text(new String(corrupt))));
                }
            }
        }
    }

    /** What a skipped record was. */
    public static String skipped(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Skipped.class, decoded, decoded.toString()).what();
    }
}
