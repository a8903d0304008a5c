package org.bluewhale.rating.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.RatingModel;
import org.bluewhale.rating.UsageLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole rating job per call on one thread, with {@link ScaleModel} loaded (1,000 carriers,
 * 1,000,000 prefix rules): number normalisation, classification, carrier choice, version, longest
 * prefix, band splitting with real DST, exact charging, and the reference cost over a second carrier.
 * 65,536 distinct legs. {@code trunksPerSite} 5 is an enterprise's traffic (each site over five
 * carriers, 50 in all, plus the reference); 100 spreads calls over all 1,000 carriers, so nearly every
 * prefix lookup misses the CPU caches. See BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RatingBenchmark {

    @Param({"5", "100"})
    public int trunksPerSite;

    private RatingEngine engine;
    private CallLeg[] legs;
    private int next;

    @Setup
    public void setUp() {
        List<String> csvs = ScaleModel.csvs();
        RatingModel model = ScaleModel.build(csvs);
        engine = new RatingEngine(model, ScaleModel.SITE_OF_PBX::get, UsageLedger.inMemory());
        legs = ScaleModel.legs(65_536, 42, trunksPerSite);
    }

    @Benchmark
    public RatedCall rate() {
        CallLeg leg = legs[next];
        next = (next + 1) & (legs.length - 1);
        return engine.rate(leg);
    }
}
