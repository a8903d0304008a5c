package org.bluewhale.cep.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bluewhale.cep.CallCorrelator;
import org.bluewhale.cep.CorrelationConfig;
import org.bluewhale.cep.CorrelationStyle;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * Correlation at scale: fills the correlator with held legs over a 48-hour window, measures the
 * heap they take, then measures legs per second in a steady state where the number held stays
 * at the target. A harness rather than JMH: the state is 10 million legs built once.
 *
 * <p>Each step of simulated time brings five legs: two originals of outgoing calls that will be
 * transferred (held), one plain call (passes through), and the consultation and transferred legs
 * that complete a call held since 24 hours earlier. Calls never completed leave when the window
 * ends, flagged. Esper time moves with the stream (48 h over the fill). Leg construction is
 * counted in the measured time.
 *
 * <pre>
 * java -Xmx10g -cp ... org.bluewhale.cep.bench.CorrelationBenchmark [held=10000000] [measuredSteps=400000]
 * </pre>
 */
public final class CorrelationBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PBX = "cucm-bench";
    private static final int BATCH_STEPS = 400;

    private final String[] extensions = new String[1000];
    private final String[] outside = new String[10_000];
    private final long stepNanos;
    private long sequence;

    private CorrelationBenchmark(long fillSteps) {
        for (int i = 0; i < extensions.length; i++) {
            extensions[i] = Integer.toString(2000 + i);
        }
        for (int i = 0; i < outside.length; i++) {
            outside[i] = "0215550" + (1000 + i);
        }
        stepNanos = Duration.ofHours(48).toNanos() / fillSteps;
    }

    public static void main(String[] args) {
        long held = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long measuredSteps = args.length > 1 ? Long.parseLong(args[1]) : 400_000L;
        // each measured step completes one held call and the window drops two: fill that much more,
        // so that at least {@code held} legs are held all through the measurement
        long fillSteps = (held + measuredSteps) / 2;
        CorrelationBenchmark bench = new CorrelationBenchmark(fillSteps);
        long baseline = usedHeapAfterGc();
        try (CallCorrelator correlator = new CallCorrelator(
                new CorrelationConfig(Duration.ofHours(48), Duration.ofMinutes(15)),
                pbx -> CorrelationStyle.CALL_FEATURES, T0)) {
            long fillStart = System.nanoTime();
            for (long step = 0; step < fillSteps; step += BATCH_STEPS) {
                bench.run(correlator, step, Math.min(BATCH_STEPS, fillSteps - step), fillSteps, false);
            }
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            long heldAfterFill = correlator.heldLegs();
            long bytes = usedHeapAfterGc() - baseline;
            System.out.printf("fill: %,d legs held after %.1f s (%,.0f legs/s); heap %,d MB = %.0f bytes per held leg%n",
                    heldAfterFill, fillSeconds, 2.0 * fillSteps / fillSeconds, bytes >> 20,
                    (double) bytes / heldAfterFill);

            long legs = 0;
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long processCpuStart = processCpuNanos();
            long gcStart = gcMillis();
            String collectionsBefore = collections();
            long minHeld = Long.MAX_VALUE;
            for (long step = fillSteps; step < fillSteps + measuredSteps; step += BATCH_STEPS) {
                legs += bench.run(correlator, step, BATCH_STEPS, fillSteps, true);
                minHeld = Math.min(minHeld, correlator.heldLegs());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double processCpuSeconds = (processCpuNanos() - processCpuStart) / 1e9;
            System.out.printf("steady state: %,d legs in %.1f s = %,.0f legs/s wall; CPU: %.1f s on this thread "
                            + "(%,.0f legs/s), %.1f s in the whole process with GC (%,.0f legs/s); GC pauses %,d ms "
                            + "(collections before: %s; after: %s); held between %,d and %,d%n",
                    legs, seconds, legs / seconds, cpuSeconds, legs / cpuSeconds, processCpuSeconds,
                    legs / processCpuSeconds, gcMillis() - gcStart, collectionsBefore, collections(), minHeld,
                    correlator.heldLegs());
            long end = usedHeapAfterGc() - baseline;
            System.out.printf("after the steady state: heap %,d MB = %.0f bytes per held leg%n", end >> 20,
                    (double) end / correlator.heldLegs());
        }
    }

    /** Offers {@code steps} steps as one batch; returns the number of legs offered. */
    private int run(CallCorrelator correlator, long firstStep, long steps, long fillSteps, boolean completing) {
        List<CallLeg> batch = new ArrayList<>((int) steps * 5);
        for (long step = firstStep; step < firstStep + steps; step++) {
            Instant at = T0.plusNanos(step * stepNanos);
            batch.add(original(step, 0, at));
            batch.add(original(step, 1, at));
            batch.add(plain(step, at));
            if (completing) {
                long earlier = step - fillSteps / 2; // a call held since 24 hours
                batch.add(consultation(earlier, at));
                batch.add(transferred(earlier, at));
            }
        }
        Instant now = T0.plusNanos((firstStep + steps) * stepNanos);
        correlator.offer(batch, now);
        return batch.size();
    }

    /** Call n (two per step): extension to the PSTN, party legs 10n+1, 10n+2; gcid n. */
    private CallLeg original(long step, int which, Instant at) {
        long n = 2 * step + which;
        return leg(n, at).callingNumber(extensions[(int) (n % 1000)]).dialedNumber(outside[(int) (n % 10_000)])
                .direction(Direction.OUTGOING).trunkOut("SH-PSTN-CUBE").callingDevice("SEP0011AABB2101")
                .calledDevice("SH-PSTN-CUBE").callingLegId(10 * n + 1).calledLegId(10 * n + 2)
                .endedBy(CallFeature.TRANSFER).build();
    }

    private CallLeg consultation(long step, Instant at) {
        long n = 2 * step;
        return leg(n, at).correlationId("cl1:1:c" + n).callingNumber(extensions[(int) (n % 1000)])
                .dialedNumber(extensions[(int) ((n + 1) % 1000)]).direction(Direction.INTERNAL)
                .callingLegId(10 * n + 3).calledLegId(10 * n + 4).endedBy(CallFeature.TRANSFER).build();
    }

    private CallLeg transferred(long step, Instant at) {
        long n = 2 * step;
        return leg(n, at).callingNumber(outside[(int) (n % 10_000)]).dialedNumber(extensions[(int) ((n + 1) % 1000)])
                .direction(Direction.INCOMING).trunkIn("SH-PSTN-CUBE").callingLegId(10 * n + 2)
                .calledLegId(10 * n + 4).joinedBy(CallFeature.TRANSFER).build();
    }

    private CallLeg plain(long step, Instant at) {
        return leg(-step - 1, at).callingNumber(extensions[(int) (step % 1000)])
                .dialedNumber(outside[(int) (step % 10_000)]).direction(Direction.OUTGOING).trunkOut("SH-PSTN-CUBE")
                .callingLegId(0).calledLegId(0).build();
    }

    private CallLeg.Builder leg(long call, Instant at) {
        sequence++;
        return CallLeg.builder(PBX, sequence, sequence, ZONE).start(at).durationSeconds(120)
                .correlationId("cl1:1:" + call);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum();
    }

    /** Each collector's collection count, so a reader sees how many collections a measurement spans. */
    private static String collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(b -> b.getName() + " " + b.getCollectionCount()).collect(Collectors.joining(", "));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
