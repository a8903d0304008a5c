package org.bluewhale.connectors.siemens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;

/**
 * Single-thread decode rates of the formats other than avaya-unformatted and cucm: a quick main, not a
 * test. Run like {@code org.bluewhale.connectors.sim.ThroughputBenchmark}. Each figure is the best of
 * five rounds after a warm-up round; the lines are one realistic sample per format, repeated.
 */
public final class OtherFormatsThroughput {

    private static final String[][] SAMPLES = {
        {"asterisk-csv", "\"4711\",\"2101\",\"013912345678\",\"from-internal\",\"\"\"Wang Li\"\" <2101>\","
                + "\"PJSIP/2101-0000001a\",\"PJSIP/cn-telecom-0000001b\",\"Dial\",\"PJSIP/013912345678@cn-telecom,60\","
                + "\"2026-01-24 09:30:48\",\"2026-01-24 09:31:00\",\"2026-01-24 09:31:42\",54,42,\"ANSWERED\","
                + "\"DOCUMENTATION\",\"1769218248.26\",\"\",\"\",\"1769218248.25\",31"},
        {"freeswitch-csv", "\"Wang Li\",\"2101\",\"013912345678\",\"default\",\"2026-01-24 09:30:48\","
                + "\"2026-01-24 09:31:00\",\"2026-01-24 09:31:42\",\"54\",\"42\",\"NORMAL_CLEARING\","
                + "\"0b4c5e1a-8f7d-4c3b-9a21-6d0e2f1a7b55\",\"5d2f7c90-1e3a-4b6c-8d9e-0f1a2b3c4d5e\",\"4711\",\"PCMA\",\"PCMA\""},
        {"siemens-hipath", "24.01.2609:31:420010012101  0004200:00:4213912345678              "
                + "0000000000324711                  000120003"},
        {"avaya-printer", "0931 0125 7 9   101 13912345678      2101 4711                       1"},
        {"avaya-lsu", "003479  10113912345678    2101              13  0121"},
        {"nortel-meridian", "N 001 00 DN1234 T000001 01/24 09:10:50 00:10:30.0 12134567890"},
        {"panasonic-smdr", "01/24/26 02:40PM   2345 02  <I>02188776655             0'07 00:05'05            TR"},
    };

    private OtherFormatsThroughput() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (String[] sample : SAMPLES) {
            byte[] bytes = sample[1].getBytes(StandardCharsets.ISO_8859_1);
            RawRecord[] records = new RawRecord[n];
            Instant received = Instant.parse("2026-01-24T02:00:00Z");
            for (int i = 0; i < n; i++) {
                records[i] = new RawRecord(i + 1, "bench", i + 1, received, bytes, false);
            }
            RecordDecoder decoder = RecordDecoders.discover()
                    .create(new PbxDescriptor("bench", "bench", sample[0], ZoneId.of("Europe/Berlin")));
            double best = 0;
            for (int round = 0; round < 6; round++) {
                long t0 = System.nanoTime();
                int legs = 0;
                for (RawRecord record : records) {
                    if (decoder.decode(record) instanceof Decoded.Leg) {
                        legs++;
                    }
                }
                double rate = n / ((System.nanoTime() - t0) / 1e9);
                if (legs != n) {
                    throw new IllegalStateException(sample[0] + ": only " + legs + " of " + n + " decoded");
                }
                if (round > 0) {
                    best = Math.max(best, rate);
                }
            }
            System.out.printf("%-15s %,12.0f records/s%n", sample[0], best);
        }
    }
}
