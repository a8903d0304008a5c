package org.bluewhale.connectors.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

    private static final SimSite SITE = SimSite.demo();
    private static final Instant MONDAY_MIDNIGHT_SHANGHAI = Instant.parse("2026-01-25T16:00:00Z");
    private static final List<SimulatedCall> CALLS =
            new TrafficGenerator(42, SITE, MONDAY_MIDNIGHT_SHANGHAI).stream().limit(40_000).toList();

    /** The demo dial plan, as the rater reads it. */
    private static final Map<CallClass, Pattern> DIAL_PLAN = Map.of(
            CallClass.LOCAL, Pattern.compile("[56]\\d{7}"),
            CallClass.NATIONAL, Pattern.compile("0(10|20|755|571|25|28)\\d{8}"),
            CallClass.MOBILE, Pattern.compile("1[358]\\d{9}"),
            CallClass.INTERNATIONAL, Pattern.compile("00(1|44|49|81|65)[1-9]\\d{7,9}"),
            CallClass.TOLL_FREE, Pattern.compile("(400|800)\\d{7}"),
            CallClass.EMERGENCY, Pattern.compile("110|119|120"),
            CallClass.INTERNAL, Pattern.compile("2\\d{3}"),
            CallClass.INBOUND, Pattern.compile("2\\d{3}"));

    @Test
    void sameSeedSameCalls() {
        List<SimulatedCall> again = new TrafficGenerator(42, SITE, MONDAY_MIDNIGHT_SHANGHAI).stream().limit(500).toList();
        assertEquals(CALLS.subList(0, 500), again);
        assertTrue(!CALLS.subList(0, 500).equals(
                new TrafficGenerator(43, SITE, MONDAY_MIDNIGHT_SHANGHAI).stream().limit(500).toList()));
    }

    @Test
    void startsStrictlyIncreaseAndSequencesCount() {
        for (int i = 1; i < CALLS.size(); i++) {
            assertTrue(CALLS.get(i).start().isAfter(CALLS.get(i - 1).start()), "call " + i);
            assertEquals(i, CALLS.get(i).sequence());
        }
    }

    @Test
    void numbersFollowTheDemoDialPlan() {
        for (SimulatedCall call : CALLS) {
            assertTrue(DIAL_PLAN.get(call.intendedClass()).matcher(call.dialedNumber()).matches(), call::toString);
            if (call.direction() == Direction.INCOMING) {
                assertTrue(call.callingNumber().matches("[56]\\d{7}|1[358]\\d{9}|0\\d{10,11}"), call::toString);
                assertEquals("", call.accessCode());
            } else {
                assertTrue(SITE.isExtension(call.callingNumber()), call::toString);
            }
            if (call.direction() == Direction.OUTGOING) {
                assertEquals("9", call.accessCode());
            }
        }
    }

    @Test
    void classMixIsRoughlyAsSpecified() {
        Map<CallClass, Integer> counts = new EnumMap<>(CallClass.class);
        CALLS.forEach(c -> counts.merge(c.intendedClass(), 1, Integer::sum));
        assertShare(counts, CallClass.LOCAL, 0.34);
        assertShare(counts, CallClass.NATIONAL, 0.15);
        assertShare(counts, CallClass.MOBILE, 0.20);
        assertShare(counts, CallClass.INTERNATIONAL, 0.05);
        assertShare(counts, CallClass.TOLL_FREE, 0.05);
        assertShare(counts, CallClass.INBOUND, 0.19);
        assertTrue(counts.getOrDefault(CallClass.INTERNAL, 0) > 300, counts.toString());
        assertTrue(counts.getOrDefault(CallClass.EMERGENCY, 0) > 20, counts.toString());
    }

    @Test
    void durationsHaveAMedianNearNinetySecondsALongTailAndUnansweredCalls() {
        int[] external = CALLS.stream().filter(c -> c.direction() != Direction.INTERNAL && c.answered())
                .mapToInt(SimulatedCall::durationSeconds).sorted().toArray();
        int median = external[external.length / 2];
        assertTrue(median >= 75 && median <= 105, "median " + median);
        assertTrue(external[external.length * 99 / 100] > 900, "99th percentile should be a long call");
        long unanswered = CALLS.stream().filter(c -> c.durationSeconds() == 0).count();
        assertTrue(unanswered > CALLS.size() * 0.05 && unanswered < CALLS.size() * 0.11, "unanswered " + unanswered);
        assertTrue(Arrays.stream(external).max().orElseThrow() <= 9_999, "fits a 4-digit Avaya duration");
    }

    @Test
    void busyInOfficeHoursQuietAtNight() {
        int[] byHour = new int[24];
        for (SimulatedCall call : CALLS) {
            byHour[call.start().atZone(SITE.zone()).getHour()]++;
        }
        assertTrue(byHour[10] > 10 * byHour[3], Arrays.toString(byHour));
        assertTrue(byHour[15] > 1.5 * byHour[12], Arrays.toString(byHour));
        assertTrue(byHour[10] > 2 * byHour[19], Arrays.toString(byHour));
    }

    @Test
    void weekendsAreQuiet() {
        Instant fridayMidnight = Instant.parse("2026-01-29T16:00:00Z");
        Map<DayOfWeek, Integer> byDay = new EnumMap<>(DayOfWeek.class);
        new TrafficGenerator(5, SITE, fridayMidnight).stream()
                .takeWhile(c -> c.start().isBefore(fridayMidnight.plusSeconds(3 * 86_400)))
                .forEach(c -> byDay.merge(c.start().atZone(SITE.zone()).getDayOfWeek(), 1, Integer::sum));
        assertTrue(byDay.get(DayOfWeek.FRIDAY) > 5 * byDay.get(DayOfWeek.SATURDAY), byDay.toString());
        assertTrue(byDay.get(DayOfWeek.FRIDAY) > 5 * byDay.get(DayOfWeek.SUNDAY), byDay.toString());
    }

    private static void assertShare(Map<CallClass, Integer> counts, CallClass callClass, double expected) {
        double share = counts.getOrDefault(callClass, 0) / (double) CALLS.size();
        assertTrue(Math.abs(share - expected) < 0.015, callClass + " share " + share + ", expected ~" + expected);
    }
}
