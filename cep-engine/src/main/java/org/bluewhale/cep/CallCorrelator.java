package org.bluewhale.cep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bluewhale.cep.CorrelationRules.Verdict;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.spi.Correlator;

/**
 * Assembles multi-leg calls. Each leg is looked up by its link keys ({@link LegLinks}); the legs
 * of a call are kept packed ({@link CallGroup}, {@link LegCodec}) while the Esper rules
 * ({@link CorrelationRules}) say the call still waits for legs. When they say it is complete the
 * call's legs are attributed ({@link WhoPays}) and handed on; a call that waits longer than the
 * window is handed on as it stands, flagged "released alone".
 *
 * <p>Esper decides; the legs are not kept in Esper windows, which would cost kilobytes per leg
 * where this costs a few hundred bytes (see BENCHMARKS.md).
 */
public final class CallCorrelator implements Correlator, AutoCloseable {

    private final long windowMillis;
    private final long settleMillis;
    private final Function<String, CorrelationStyle> styleOfPbx;
    private final Map<String, CorrelationStyle> styles = new HashMap<>();
    private final CorrelationRules rules;
    private final LegCodec codec = new LegCodec();
    private final GroupIndex index = new GroupIndex();
    /** Live groups in the order they were created: by first-seen time and by lowest position. */
    private final GroupQueue byAge = new GroupQueue();
    private final GroupQueue bySettleTime = new GroupQueue();
    private long heldLegs;
    private long liveGroups;

    /**
     * @param styleOfPbx how each PBX's legs are correlated; {@link CorrelationStyle#NONE} passes
     *                   its legs through untouched
     * @param start      the correlator's clock at start
     */
    public CallCorrelator(CorrelationConfig config, Function<String, CorrelationStyle> styleOfPbx, Instant start) {
        this.windowMillis = config.window().toMillis();
        this.settleMillis = config.settle().toMillis();
        this.styleOfPbx = styleOfPbx;
        this.rules = new CorrelationRules(start.toEpochMilli());
    }

    @Override
    public List<CallLeg> offer(List<CallLeg> legs, Instant now) {
        List<CallLeg> ready = new ArrayList<>(legs.size());
        sweep(now, ready);
        for (CallLeg leg : legs) {
            CorrelationStyle style = styles.computeIfAbsent(leg.pbxId(), styleOfPbx);
            if (style == CorrelationStyle.NONE) {
                ready.add(leg);
            } else {
                correlate(leg, LegLinks.of(leg, style), ready);
            }
        }
        return ready;
    }

    @Override
    public List<CallLeg> advance(Instant now) {
        List<CallLeg> ready = new ArrayList<>();
        sweep(now, ready);
        return ready;
    }

    @Override
    public long oldestHeldPosition() {
        CallGroup oldest = liveHead(byAge);
        return oldest == null ? Long.MAX_VALUE : oldest.minPosition;
    }

    /** Legs held now. */
    public long heldLegs() {
        return heldLegs;
    }

    private void correlate(CallLeg leg, LegLinks links, List<CallLeg> ready) {
        CallGroup group = null;
        for (long key : links.keys) {
            CallGroup found = index.get(key);
            if (found != null) {
                found = found.root();
                group = group == null || group == found ? found : merge(group, found);
            }
        }
        if (group == null) {
            GroupUpdate alone = Obligations.of(new long[] {links.first, links.second}, new int[] {links.traits}, 1);
            if (rules.judge(alone) == Verdict.COMPLETE) {
                ready.add(WhoPays.attribute(leg));
                return;
            }
            group = new CallGroup(rules.now());
            byAge.add(group);
            liveGroups++;
        }
        group.add(codec.encode(leg), links, leg.position());
        heldLegs++;
        for (long key : links.keys) {
            index.put(key, group);
        }
        Verdict verdict = rules.judge(Obligations.of(group.parties, group.traits, group.size));
        group.settling = verdict == Verdict.SETTLE;
        if (verdict == Verdict.COMPLETE) {
            release(group, false, ready);
        } else if (verdict == Verdict.SETTLE) {
            group.settleAtMillis = rules.now() + settleMillis;
            group.settleEntries++;
            bySettleTime.add(group);
        }
    }

    /** One call after all: the younger group's legs move to the older, which keeps its place in age order. */
    private CallGroup merge(CallGroup a, CallGroup b) {
        CallGroup older = a.minPosition <= b.minPosition ? a : b;
        older.absorb(older == a ? b : a);
        liveGroups--;
        return older;
    }

    private void sweep(Instant now, List<CallLeg> ready) {
        if (!rules.advanceTo(now.toEpochMilli())) {
            return;
        }
        long nowMillis = rules.now();
        for (CallGroup g = liveHead(byAge); g != null && g.firstSeenMillis + windowMillis <= nowMillis;
             g = liveHead(byAge)) {
            byAge.pop();
            release(g, true, ready);
        }
        for (CallGroup g = bySettleTime.peek(); g != null; g = bySettleTime.peek()) {
            boolean current = g.live() && g.settling && g.settleEntries == 1;
            if (current && g.settleAtMillis > nowMillis) {
                break;
            }
            bySettleTime.pop();
            g.settleEntries--;
            if (current) {
                release(g, false, ready);
            }
        }
    }

    /** The oldest live group of a queue, dropping released and merged ones from its head. */
    private static CallGroup liveHead(GroupQueue queue) {
        CallGroup g = queue.peek();
        while (g != null && !g.live()) {
            queue.pop();
            g = queue.peek();
        }
        return g;
    }

    private void release(CallGroup group, boolean windowEnded, List<CallLeg> ready) {
        List<CallLeg> legs = new ArrayList<>(group.size);
        for (int i = 0; i < group.size; i++) {
            legs.add(codec.decode(group.legs[i]));
        }
        for (CallLeg leg : legs) {
            for (long key : LegLinks.of(leg, styles.get(leg.pbxId())).keys) {
                index.remove(key, group);
            }
        }
        heldLegs -= group.size;
        liveGroups--;
        group.released = true;
        group.legs = null;
        group.parties = null;
        group.traits = null;
        ready.addAll(WhoPays.attribute(legs, windowEnded));
        if (byAge.size() > 2 * liveGroups + 1024) {
            // calls completed long before the oldest held one would otherwise wait in the queue for it
            byAge.removeIf(g -> !g.live());
        }
    }

    @Override
    public void close() {
        rules.close();
    }
}
