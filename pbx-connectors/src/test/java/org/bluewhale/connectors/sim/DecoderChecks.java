package org.bluewhale.connectors.sim;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/** The checks every decoder test makes, beside {@link RawRecords}: what a record decodes to, and that nothing throws. */
public final class DecoderChecks {

    private DecoderChecks() {
    }

    /** The leg the record decodes to; fails, showing the answer, when it is not one. */
    public static CallLeg leg(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Leg.class, decoded, decoded.toString()).leg();
    }

    /** The reason the record is rejected; fails, showing the answer, when it is not rejected. */
    public static String rejection(RecordDecoder decoder, RawRecord raw) {
        Decoded decoded = decoder.decode(raw);
        return assertInstanceOf(Decoded.Rejected.class, decoded, decoded.toString()).reason();
    }

    /** Every prefix of each sample is answered (a leg, a skip or a rejection), never thrown. */
    public static void answersEveryTruncation(RecordDecoder decoder, String... samples) {
        check(decoder, false, samples);
    }

    /** As {@link #answersEveryTruncation}, and so is each sample with any one character made an 'x'. */
    public static void answersEveryTruncationAndCorruption(RecordDecoder decoder, String... samples) {
        check(decoder, true, samples);
    }

    private static void check(RecordDecoder decoder, boolean corrupting, String... samples) {
        for (String sample : samples) {
            for (int cut = 0; cut <= sample.length(); cut++) {
                assertInstanceOf(Decoded.class, decoder.decode(RawRecords.text(sample.substring(0, cut))));
                if (corrupting) {
                    char[] corrupt = sample.toCharArray();
                    corrupt[Math.min(cut, corrupt.length - 1)] = 'x';
                    assertInstanceOf(Decoded.class, decoder.decode(RawRecords.text(new String(corrupt))));
                }
            }
        }
    }
}
