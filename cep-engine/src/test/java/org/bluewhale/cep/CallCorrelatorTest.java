package org.bluewhale.cep;

import static org.bluewhale.cep.Cdr.T0;
import static org.bluewhale.cep.Cdr.cisco;
import static org.bluewhale.cep.Cdr.in;
import static org.bluewhale.cep.Cdr.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.junit.jupiter.api.Test;

class CallCorrelatorTest {

    private static final CorrelationConfig ONE_HOUR = new CorrelationConfig(Duration.ofHours(1), Duration.ofMinutes(5));

    private static CallCorrelator correlator() {
        return new CallCorrelator(ONE_HOUR, pbx -> pbx.equals(Cdr.CISCO) ? CorrelationStyle.CALL_FEATURES
                : CorrelationStyle.NONE, T0);
    }

    @Test
    void aLegWhosePartnersNeverComeIsReleasedAloneWhenTheWindowEndsAndNotBefore() {
        try (CallCorrelator correlator = correlator()) {
            CallLeg original = out(cisco(5, 1, 101, 102, "2001", "3071111", 0, 120)).endedBy(CallFeature.TRANSFER)
                    .build();
            assertEquals(List.of(), correlator.offer(List.of(original), T0));
            assertEquals(1, correlator.heldLegs());
            assertEquals(5, correlator.oldestHeldPosition());
            assertEquals(List.of(), correlator.advance(T0.plus(Duration.ofMinutes(59))));
            List<CallLeg> released = correlator.advance(T0.plus(Duration.ofMinutes(60)).plusSeconds(1));
            assertEquals(1, released.size());
            assertEquals(new Attribution(Cdr.CISCO + ":cl1:1:1", "2001", true), released.get(0).attribution());
            assertEquals(Long.MAX_VALUE, correlator.oldestHeldPosition());
            assertEquals(0, correlator.heldLegs());
        }
    }

    @Test
    void theOldestHeldPositionFollowsTheHeldLegsNotTheirArrivalOfPartners() {
        try (CallCorrelator correlator = correlator()) {
            CallLeg first = out(cisco(1, 1, 101, 102, "2001", "3071111", 0, 60)).endedBy(CallFeature.TRANSFER).build();
            CallLeg plain = out(cisco(2, 5, 501, 502, "2005", "3072222", 0, 60)).build();
            CallLeg second = out(cisco(3, 3, 301, 302, "2003", "3073333", 0, 60)).endedBy(CallFeature.PARK).build();
            List<CallLeg> ready = correlator.offer(List.of(first, plain, second), T0);
            assertEquals(List.of(2L), ready.stream().map(CallLeg::sequence).toList());
            assertEquals(1, correlator.oldestHeldPosition());
            CallLeg retrieved = in(cisco(4, 3, 302, 305, "3073333", "2009", 90, 60)).joinedBy(CallFeature.PARK).build();
            assertEquals(List.of(3L, 4L), correlator.offer(List.of(retrieved), T0.plusSeconds(90)).stream()
                    .map(CallLeg::sequence).toList());
            assertEquals(1, correlator.oldestHeldPosition(), "leg 1 is still held");
        }
    }

    @Test
    void manyCompletedCallsBehindOneOldHeldCallKeepTheOrderOfTheRest() {
        try (CallCorrelator correlator = correlator()) {
            List<CallLeg> parked = new java.util.ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                parked.add(out(cisco(i + 1, i, 10L * i + 1, 10L * i + 2, "2001", "307" + i, 0, 60))
                        .endedBy(CallFeature.PARK).build());
            }
            correlator.offer(parked, T0);
            List<CallLeg> retrieved = new java.util.ArrayList<>();
            for (int i = 1; i < 3_000; i++) {
                if (i % 1000 != 0) {
                    retrieved.add(in(cisco(10_000 + i, i, 10L * i + 2, 10L * i + 5, "307" + i, "2003", 90, 60))
                            .joinedBy(CallFeature.PARK).build());
                }
            }
            assertEquals(2 * retrieved.size(), correlator.offer(retrieved, T0.plusSeconds(90)).size());
            assertEquals(3, correlator.heldLegs(), "calls 0, 1000 and 2000 wait");
            assertEquals(1, correlator.oldestHeldPosition());
            List<CallLeg> released = correlator.advance(T0.plus(Duration.ofMinutes(61)));
            assertEquals(List.of(1L, 1001L, 2001L), released.stream().map(CallLeg::sequence).toList());
            assertTrue(released.stream().allMatch(l -> l.attribution().releasedAlone()));
        }
    }

    @Test
    void legsOfPbxsWithoutCorrelationPassThroughUntouched() {
        try (CallCorrelator correlator = correlator()) {
            CallLeg other = Cdr.avaya(1, "3001", "0912345", org.bluewhale.core.Direction.OUTGOING, 0, 60, "4").build();
            assertEquals(List.of(other), correlator.offer(List.of(other), T0));
        }
    }

    @Test
    void theWindowIsAtMostSeventyTwoHours() {
        new CorrelationConfig(Duration.ofHours(72), Duration.ofMinutes(15));
        assertThrows(IllegalArgumentException.class,
                () -> new CorrelationConfig(Duration.ofHours(73), Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new CorrelationConfig(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void aPackedLegComesBackEqual() {
        LegCodec codec = new LegCodec();
        CallLeg leg = in(cisco(77, 9, 4_000_000_000L, 12, "3071111", "2002", 5, 350)).joinedBy(CallFeature.TRANSFER)
                .endedBy(CallFeature.PARK).redirectedBy(CallFeature.HUNT).lastRedirectingNumber("2500")
                .callingDevice("SH-PSTN-CUBE").calledDevice("SEP0011AABB2002").accountCode("ü-42").conditionCode("16")
                .ringSeconds(7).build();
        assertEquals(leg, codec.decode(codec.encode(leg)));
        assertTrue(codec.encode(leg).length < 140, "packed size " + codec.encode(leg).length);
    }
}
