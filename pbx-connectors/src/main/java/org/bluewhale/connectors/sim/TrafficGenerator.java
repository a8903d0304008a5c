package org.bluewhale.connectors.sim;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;

/**
 * An endless, deterministic stream of plausible PBX calls for one site: the same seed, site and
 * start give the same calls, which makes demos, benchmarks and round-trip tests repeatable.
 *
 * <p>Mix (per mille): local 340, national 150, mobile 200, international 50, toll-free 50,
 * inbound 190, internal 17, emergency 3. Talk times are log-normal with a median of 90 s (45 s
 * for internal calls) and a long tail capped at 2.5 h; about 8 % of calls go unanswered (0 s).
 * Arrivals are Poisson with a rate that follows the local clock: busiest 9-12 and 14-17 on
 * working days, a tenth of that at weekends, nearly nothing at night. Starts strictly increase.
 * Not thread-safe; cheap enough to pre-generate millions of calls.
 */
public final class TrafficGenerator {

    private static final int MAX_DURATION_SECONDS = 9_000;
    /** Share of the peak rate for each local hour of a working day. */
    private static final double[] HOUR_WEIGHT = {
        0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 0.6, 1.0, 1.0, 1.0,
        0.5, 0.7, 1.0, 1.0, 1.0, 0.5, 0.25, 0.1, 0.08, 0.05, 0.03, 0.02};
    private static final double WEEKEND_FACTOR = 0.1;

    private final SimSite site;
    private final SplittableRandom random;
    private final SimNumbers numbers;
    private final LocalOffsets offsets;
    private long nextStart;
    private long sequence;

    public TrafficGenerator(long seed, SimSite site, Instant startAt) {
        this.site = site;
        this.random = new SplittableRandom(seed);
        this.numbers = new SimNumbers(site, random);
        this.offsets = new LocalOffsets(site.zone());
        this.nextStart = startAt.getEpochSecond();
    }

    /** The next call; its start is later than the previous one's. */
    public SimulatedCall next() {
        long start = nextStart;
        nextStart = start + gapSeconds(start);
        int roll = random.nextInt(1000);
        if (roll < 190) {
            return inbound(start);
        }
        if (roll < 207) {
            return internal(start);
        }
        CallClass callClass;
        String dialed;
        if (roll < 547) {
            callClass = CallClass.LOCAL;
            dialed = numbers.local();
        } else if (roll < 697) {
            callClass = CallClass.NATIONAL;
            dialed = numbers.national();
        } else if (roll < 897) {
            callClass = CallClass.MOBILE;
            dialed = numbers.mobile();
        } else if (roll < 947) {
            callClass = CallClass.INTERNATIONAL;
            dialed = numbers.international();
        } else if (roll < 997) {
            callClass = CallClass.TOLL_FREE;
            dialed = numbers.tollFree();
        } else {
            callClass = CallClass.EMERGENCY;
            dialed = numbers.emergency();
        }
        return call(start, 90, numbers.extension(), dialed, site.outsideLineAccessCode(), Direction.OUTGOING,
                callClass, site.outgoingTrunkAccessCode());
    }

    /** {@link #next()} as a lazy, ordered stream. */
    public Stream<SimulatedCall> stream() {
        return Stream.iterate(next(), previous -> next());
    }

    private SimulatedCall inbound(long start) {
        return call(start, 90, numbers.externalCaller(), numbers.extension(), "", Direction.INCOMING,
                CallClass.INBOUND, site.incomingTrunkAccessCode());
    }

    private SimulatedCall internal(long start) {
        String from = numbers.extension();
        String to = numbers.extension();
        while (to.equals(from)) {
            to = numbers.extension();
        }
        return call(start, 45, from, to, "", Direction.INTERNAL, CallClass.INTERNAL, "");
    }

    private SimulatedCall call(long start, int medianSeconds, String calling, String dialed, String accessCode,
                               Direction direction, CallClass callClass, String trunkGroup) {
        boolean answered = random.nextInt(100) >= 8;
        int duration = answered ? talkSeconds(medianSeconds) : 0;
        int ring = answered ? 2 + random.nextInt(19) : 8 + random.nextInt(33);
        int circuit = trunkGroup.isEmpty() ? 0 : 1 + random.nextInt(site.trunkCircuits());
        return new SimulatedCall(sequence++, Instant.ofEpochSecond(start), duration, ring, calling, dialed,
                accessCode, direction, callClass, trunkGroup, circuit);
    }

    /** Log-normal talk time, at least 1 s: answered calls with 0 s would look unanswered. */
    private int talkSeconds(int medianSeconds) {
        double seconds = medianSeconds * Math.exp(1.1 * random.nextGaussian());
        return (int) Math.max(1, Math.min(MAX_DURATION_SECONDS, Math.round(seconds)));
    }

    /** Exponential gap for the arrival rate at local time {@code epochSecond}; at least 1 s. */
    private long gapSeconds(long epochSecond) {
        long local = offsets.toLocal(epochSecond);
        long epochDay = Math.floorDiv(local, 86_400L);
        int hour = (int) (Math.floorMod(local, 86_400L) / 3600);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7L); // 0 = Monday (1970-01-01 was a Thursday)
        double weight = HOUR_WEIGHT[hour] * (dayOfWeek >= 5 ? WEEKEND_FACTOR : 1.0);
        double callsPerSecond = site.peakCallsPerHour() * weight / 3600.0;
        double gap = -Math.log(1.0 - random.nextDouble()) / callsPerSecond;
        return Math.max(1L, (long) Math.ceil(gap));
    }
}
