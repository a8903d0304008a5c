package org.bluewhale.connectors.sim;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;

/**
 * Single-thread rates of the simulator and the decoders: a quick main, not a test. Run with
 * {@code mvn -q -o -pl pbx-connectors test-compile} then
 * {@code java -cp pbx-connectors/target/classes:pbx-connectors/target/test-classes:<cdr-core jar>
 * org.bluewhale.connectors.sim.ThroughputBenchmark [records]}. Each figure is the best of five rounds
 * after the JIT has warmed up on the first.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SimSite site = SimSite.demo();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        for (String format : new String[] {"avaya-unformatted", "cucm"}) {
            RecordFormatter formatter = RecordFormatter.forFormat(format, site);
            double generate = best(() -> {
                TrafficGenerator generator = new TrafficGenerator(1, site, start);
                long sink = 0;
                for (int i = 0; i < n; i++) {
                    sink += generator.next().durationSeconds();
                }
                return sink;
            }, n);
            double generateAndFormat = best(() -> {
                TrafficGenerator generator = new TrafficGenerator(1, site, start);
                long sink = 0;
                for (int i = 0; i < n; i++) {
                    sink += formatter.format(generator.next()).length;
                }
                return sink;
            }, n);
            RawRecord[] records = new RawRecord[n];
            TrafficGenerator generator = new TrafficGenerator(1, site, start);
            for (int i = 0; i < n; i++) {
                records[i] = new RawRecord(i + 1, "bench", i + 1, start, formatter.format(generator.next()), false);
            }
            double decode = best(() -> {
                RecordDecoder decoder = RecordDecoders.discover()
                        .create(new PbxDescriptor("bench", "bench", format, ZoneId.of("Asia/Shanghai")));
                long legs = 0;
                for (RawRecord record : records) {
                    if (decoder.decode(record) instanceof Decoded.Leg) {
                        legs++;
                    }
                }
                if (legs != n) {
                    throw new IllegalStateException(format + ": only " + legs + " of " + n + " decoded");
                }
                return legs;
            }, n);
            System.out.printf("%-18s generate %,12.0f calls/s   generate+format %,12.0f records/s   decode %,12.0f records/s%n",
                    format, generate, generateAndFormat, decode);
        }
    }

    private interface Round {
        long run();
    }

    /** Records (or calls) per second of the fastest of five rounds, the first being warm-up. */
    private static double best(Round round, int n) {
        double best = 0;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            long sink = round.run();
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            if (i > 0 && sink != Long.MIN_VALUE) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }
}
