package org.bluewhale.cep.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.cep.CallCorrelator;
import org.bluewhale.cep.CorrelationConfig;
import org.bluewhale.cep.CorrelationStyle;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What correlation costs the bulk of the traffic, calls of one record: a batch of 1,000 plain
 * Avaya legs (condition codes 7 and 9) through {@link CallCorrelator#offer}: link keys, one
 * look-up, one Esper verdict and the attribution of each leg.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlainLegBenchmark {

    private static final int BATCH = 1_000;

    private final List<CallLeg> batch = new ArrayList<>(BATCH);
    private CallCorrelator correlator;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Setup(Level.Trial)
    public void setUp() {
        correlator = new CallCorrelator(new CorrelationConfig(Duration.ofHours(48), Duration.ofMinutes(15)),
                pbx -> CorrelationStyle.CONDITION_CODES, now);
        for (int i = 0; i < BATCH; i++) {
            boolean out = i % 3 != 0;
            batch.add(CallLeg.builder("avaya-hq", i + 1, i + 1, ZoneId.of("Asia/Shanghai"))
                    .start(now.plusSeconds(i)).durationSeconds(30 + i % 600)
                    .callingNumber(out ? Integer.toString(2000 + i % 1000) : "13900" + (100000 + i))
                    .dialedNumber(out ? "0215550" + (1000 + i) : Integer.toString(2000 + i % 1000))
                    .direction(out ? Direction.OUTGOING : Direction.INCOMING).conditionCode(out ? "7" : "9")
                    .trunkIn(out ? "" : "002").trunkOut(out ? "001" : "").build());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        correlator.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<CallLeg> plainLegs() {
        now = now.plusMillis(100);
        return correlator.offer(batch, now);
    }
}
