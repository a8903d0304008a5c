package org.bluewhale.cep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * Feeds one call's legs through a correlator in order, in reverse order and shuffled among
 * unrelated calls, and checks each time that they come out as one call with the expected payer
 * of each segment. Esper time moves one second per leg, then past the settle time.
 */
final class Assembly {

    static final CorrelationConfig CONFIG = new CorrelationConfig(Duration.ofHours(48), Duration.ofMinutes(15));

    private final List<CallLeg> legs = new ArrayList<>();
    private final Map<Long, String> payer = new LinkedHashMap<>();
    private final Map<Long, String> billedTo = new HashMap<>();
    private boolean heldUntilComplete;
    private boolean checkReverse = true;

    static Assembly of() {
        return new Assembly();
    }

    /** A leg and who pays for it. */
    Assembly leg(CallLeg.Builder b, String paidBy) {
        CallLeg leg = b.build();
        legs.add(leg);
        payer.put(leg.sequence(), paidBy);
        return this;
    }

    /** A leg, who pays, and the outside number it is billed as an outgoing call to. */
    Assembly leg(CallLeg.Builder b, String paidBy, String billedOutgoingTo) {
        leg(b, paidBy);
        billedTo.put(legs.get(legs.size() - 1).sequence(), billedOutgoingTo);
        return this;
    }

    /** No leg may come out before the last one went in. */
    Assembly heldUntilComplete() {
        heldUntilComplete = true;
        return this;
    }

    /** The last leg must come last (an Avaya chain's final record carries no mark). */
    Assembly lastLegLast() {
        checkReverse = false;
        return this;
    }

    void check() {
        check(legs, "in order");
        List<CallLeg> reversed = new ArrayList<>(legs);
        if (checkReverse) {
            Collections.reverse(reversed);
        } else {
            Collections.reverse(reversed.subList(0, reversed.size() - 1));
        }
        check(reversed, "in reverse order");
        for (long seed = 1; seed <= 3; seed++) {
            check(interleaved(seed), "shuffled among other calls, seed " + seed);
        }
    }

    private List<CallLeg> interleaved(long seed) {
        Random random = new Random(seed);
        List<CallLeg> mine = new ArrayList<>(legs.subList(0, checkReverse ? legs.size() : legs.size() - 1));
        Collections.shuffle(mine, random);
        if (!checkReverse) {
            mine.add(legs.get(legs.size() - 1));
        }
        List<CallLeg> all = new ArrayList<>();
        int noise = 0;
        for (CallLeg leg : mine) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                all.add(noise(noise++));
            }
            all.add(leg);
        }
        all.add(noise(noise));
        return all;
    }

    /** An unrelated plain call: its own call id and leg ids, on both PBXs. */
    private static CallLeg noise(int i) {
        if (i % 2 == 0) {
            return Cdr.out(Cdr.cisco(9000 + i, 90_000 + i, 80_000 + 2L * i, 80_001 + 2L * i, "2999", "021555" + i,
                    i, 30)).build();
        }
        return Cdr.avaya(9000 + i, "3999", "0105550" + i, Direction.OUTGOING, i * 60, 45, "A").build();
    }

    private void check(List<CallLeg> order, String how) {
        try (CallCorrelator correlator = new CallCorrelator(CONFIG,
                pbx -> pbx.equals(Cdr.CISCO) ? CorrelationStyle.CALL_FEATURES : CorrelationStyle.CONDITION_CODES,
                Cdr.T0)) {
            List<CallLeg> out = new ArrayList<>();
            Set<Long> mine = payer.keySet();
            int fed = 0;
            int lastMine = 0;
            for (int i = 0; i < order.size(); i++) {
                if (mine.contains(order.get(i).sequence())) {
                    lastMine = i;
                }
            }
            for (int i = 0; i < order.size(); i++) {
                CallLeg leg = order.get(i);
                Instant now = Cdr.T0.plusSeconds(++fed);
                List<CallLeg> ready = correlator.offer(List.of(reposition(leg, fed)), now);
                if (heldUntilComplete && i < lastMine) {
                    assertTrue(ready.stream().noneMatch(l -> mine.contains(l.sequence())),
                            how + ": a leg came out before the call was complete: " + ready);
                }
                out.addAll(ready);
            }
            out.addAll(correlator.advance(Cdr.T0.plusSeconds(fed).plus(CONFIG.settle()).plusSeconds(2)));
            assertEquals(0, correlator.heldLegs(), how + ": legs still held");
            assertEquals(Long.MAX_VALUE, correlator.oldestHeldPosition(), how);
            assertEquals(order.size(), out.size(), how + ": every leg comes out once");
            assertEquals(order.size(), out.stream().map(CallLeg::sequence).distinct().count(), how);

            List<CallLeg> call = out.stream().filter(l -> mine.contains(l.sequence())).toList();
            assertEquals(1, call.stream().map(l -> l.attribution().callId()).distinct().count(),
                    how + ": one call id for all legs: " + call);
            for (CallLeg leg : call) {
                assertFalse(leg.attribution().releasedAlone(), how + ": " + leg);
                assertEquals(payer.get(leg.sequence()), leg.attribution().chargedTo(),
                        how + ": who pays for leg " + leg.sequence());
                String outside = billedTo.get(leg.sequence());
                if (outside != null) {
                    assertEquals(Direction.OUTGOING, leg.direction(), how + ": leg " + leg.sequence());
                    assertEquals(outside, leg.dialedNumber(), how + ": leg " + leg.sequence());
                }
            }
            Set<String> others = out.stream().filter(l -> !mine.contains(l.sequence()))
                    .map(l -> l.attribution().callId()).collect(Collectors.toSet());
            assertEquals(out.size() - call.size(), others.size(), how + ": unrelated calls stay apart");
            assertFalse(others.contains(call.get(0).attribution().callId()), how);
        }
    }

    /** The journal position a leg gets when it arrives as the n-th record. */
    private static CallLeg reposition(CallLeg l, long position) {
        return new CallLeg(l.pbxId(), l.sequence(), position, l.start(), l.zone(), l.durationSeconds(),
                l.ringSeconds(), l.callingNumber(), l.dialedNumber(), l.direction(), l.conditionCode(),
                l.accountCode(), l.authCode(), l.trunkIn(), l.trunkOut(), l.correlationId(),
                l.originalCalledNumber(), l.finalCalledNumber(), l.lastRedirectingNumber(), l.callingDevice(),
                l.calledDevice(), l.callingLegId(), l.calledLegId(), l.joinedBy(), l.endedBy(), l.redirectedBy(),
                l.attribution());
    }
}
