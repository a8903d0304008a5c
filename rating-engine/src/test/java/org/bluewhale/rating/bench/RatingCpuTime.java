package org.bluewhale.rating.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.bluewhale.core.CallLeg;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.UsageLedger;

/**
 * {@link RatingBenchmark}'s job timed in the rating thread's CPU time as well as wall time: on a
 * machine shared by many busy processes, wall-clock throughput mostly measures how often the
 * thread is scheduled, while calls per CPU-second is what one core does. Same model and legs.
 *
 * <pre>java -Xmx1g -cp ... org.bluewhale.rating.bench.RatingCpuTime TRUNKS_PER_SITE</pre>
 */
public final class RatingCpuTime {

    private RatingCpuTime() {
    }

    public static void main(String[] args) {
        int trunksPerSite = Integer.parseInt(args[0]);
        RatingEngine engine = new RatingEngine(ScaleModel.build(ScaleModel.csvs()), ScaleModel.SITE_OF_PBX::get,
                UsageLedger.inMemory());
        CallLeg[] legs = ScaleModel.legs(65_536, 42, trunksPerSite);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        int perRound = 2_000_000;
        for (int round = 1; round <= 8; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                checksum += engine.rate(legs[i & (legs.length - 1)]).cost().minorUnits();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf("round %d: %,.0f calls per CPU-second, %,.0f per wall-second%n", round,
                    perRound / cpuSeconds, perRound / wallSeconds);
        }
        System.out.println("checksum " + checksum); // keeps the work observable
    }
}
