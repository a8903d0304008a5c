package org.bluewhale.rating.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RatedCall;
import org.bluewhale.rating.RatingConfig;
import org.bluewhale.rating.TariffRater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rates a mix of demo-site legs (every class, with and without access code, several durations)
 * on one thread. See BENCHMARKS.md for how to run it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RatingBenchmark {

    private static final String[][] CALLS = {
            {"OUTGOING", "52345678"}, {"OUTGOING", "961234567"}, {"OUTGOING", "01087654321"},
            {"OUTGOING", "9075512345678"}, {"OUTGOING", "13812345678"}, {"OUTGOING", "913912345678"},
            {"OUTGOING", "0014155550123"}, {"OUTGOING", "00442079460000"}, {"OUTGOING", "4008123456"},
            {"OUTGOING", "1681234567"}, {"OUTGOING", "110"}, {"INTERNAL", "2345"},
            {"INCOMING", "2101"}, {"OUTGOING", "2456"}, {"OUTGOING", ""}, {"OUTGOING", "*72"},
    };

    private TariffRater rater;
    private CallLeg[] legs;
    private int next;

    @Setup
    public void setUp() {
        rater = new TariffRater(RatingConfig.demo(), Map.of("avaya-hq", "hq")::get);
        legs = new CallLeg[CALLS.length * 8];
        for (int i = 0; i < legs.length; i++) {
            String[] call = CALLS[i % CALLS.length];
            legs[i] = new CallLeg("avaya-hq", i, i, Instant.parse("2026-03-02T01:15:00Z"), ZoneId.of("Asia/Shanghai"),
                    (i * 37) % 900, 3, "13812345678", call[1], Direction.valueOf(call[0]), "", "", "", "", "", "",
                    "", "", "", "", "");
        }
    }

    @Benchmark
    public RatedCall rate() {
        CallLeg leg = legs[next];
        next = next + 1 == legs.length ? 0 : next + 1;
        return rater.rate(leg);
    }
}
