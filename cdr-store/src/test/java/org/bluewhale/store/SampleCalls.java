package org.bluewhale.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;

/**
 * Realistic rated calls for tests and the benchmark: a PBX's extensions calling national, mobile
 * and international numbers through a few trunks, start times a few seconds apart.
 */
public final class SampleCalls {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Currency EUR = Currency.getInstance("EUR");
    private static final CallClass[] CLASSES = {CallClass.NATIONAL, CallClass.MOBILE, CallClass.LOCAL,
            CallClass.INTERNATIONAL, CallClass.INTERNAL};
    private static final String[] TRUNKS = {"T001", "T002", "T017", "T042"};

    private final SplittableRandom random;
    private final String[] extensions;
    private final String[] dialed = new String[5000];

    /** A site of 400 extensions. */
    public SampleCalls(long seed) {
        this(seed, 400);
    }

    /** A site of {@code extensionCount} extensions (few: each appears in many calls). */
    public SampleCalls(long seed, int extensionCount) {
        random = new SplittableRandom(seed);
        extensions = new String[extensionCount];
        for (int i = 0; i < extensions.length; i++) {
            extensions[i] = Integer.toString(2000 + i);
        }
        for (int i = 0; i < dialed.length; i++) {
            dialed[i] = (i % 3 == 0 ? "0033" : "0") + (600000000L + random.nextLong(399_999_999L));
        }
    }

    /** A rated outgoing call of {@code pbx} with the given sequence, journal position and start. */
    public RatedCall call(String pbx, long sequence, long position, Instant start) {
        int duration = random.nextInt(1200);
        CallClass callClass = CLASSES[random.nextInt(CLASSES.length)];
        CallLeg leg = new CallLeg(pbx, sequence, position, start, PARIS, duration, random.nextInt(30),
                extensions[random.nextInt(extensions.length)], dialed[random.nextInt(dialed.length)],
                Direction.OUTGOING, "7", random.nextInt(10) == 0 ? "4711" : "", "",
                "", TRUNKS[random.nextInt(TRUNKS.length)], "", "", "", "", "", "");
        long billed = (duration + 59) / 60 * 60L;
        Money cost = new Money(billed * 3 / 2, EUR);
        // a third go over a cheaper carrier than the reference one, so they carry a saving
        Money reference = random.nextInt(3) == 0 ? new Money(billed * 2, EUR) : cost;
        return new RatedCall(leg, callClass, billed, cost, "FR-" + callClass.name(), reference);
    }

    /** {@code count} calls with consecutive sequences from {@code firstSequence}, a few seconds apart. */
    public List<RatedCall> calls(String pbx, long firstSequence, int count, Instant firstStart) {
        List<RatedCall> calls = new ArrayList<>(count);
        long startMillis = firstStart.toEpochMilli();
        for (int i = 0; i < count; i++) {
            startMillis += random.nextInt(4000);
            long seq = firstSequence + i;
            calls.add(call(pbx, seq, seq + 1, Instant.ofEpochMilli(startMillis)));
        }
        return calls;
    }

    /** A quarantined garbled record. */
    public static Quarantined garbled(String pbx, long sequence, long position, Instant receivedAt) {
        byte[] bytes = ("12/03 0915 0042 9 \u00ff\u00fe garbage " + sequence).getBytes(StandardCharsets.ISO_8859_1);
        return new Quarantined(new RawRecord(position, pbx, sequence, receivedAt, bytes, false),
                "field 'duration' is not a number: '\u00ff\u00fe'");
    }
}
