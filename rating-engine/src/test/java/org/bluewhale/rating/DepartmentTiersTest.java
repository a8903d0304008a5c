package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

/**
 * Volume tiers counted per department, by hand: a national minute costs 1.00 CNY (100 fen, 60/60),
 * half from the 10th billed minute of the month on. Extension 2001 is department 7's, 2002
 * department 8's; 2003 moves from department 7 to 8 on 15 March (Shanghai).
 */
class DepartmentTiersTest {

    private static final String TARIFF = "tel/std@2026-01-01T00:00:00Z/NATIONAL";
    private static final Instant MOVE = Instant.parse("2026-03-14T16:00:00Z"); // 00:00 15 March in Shanghai
    private static final DepartmentResolver ORG = leg -> switch (leg.callingNumber()) {
        case "2001" -> 7;
        case "2002" -> 8;
        case "2003" -> leg.start().isBefore(MOVE) ? 7 : 8;
        default -> 0;
    };
    private static final DepartmentResolver NEVER = leg -> {
        throw new AssertionError("the department was asked for a plan whose tiers do not count per department");
    };

    private long sequence;

    private CallLeg call(String extension, String start, int seconds) {
        sequence++;
        return new CallLeg("hq-pbx", sequence, sequence, Instant.parse(start), Legs.SHANGHAI, seconds, 0, extension,
                "01087654321", Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");
    }

    @Test
    void twoDepartmentsOnOnePlanEachCrossTheirOwnThresholdMidCall() throws IOException {
        RatingEngine engine = engine("department", ORG);
        assertEquals(800, cost(engine, call("2001", "2026-03-02T02:00:00Z", 480)), "dept 7: minutes 0-8 at 1.00");
        assertEquals(900, cost(engine, call("2002", "2026-03-02T03:00:00Z", 540)), "dept 8: minutes 0-9 at 1.00, "
                + "not at the plan's 8-17");
        assertEquals(300, cost(engine, call("2001", "2026-03-02T04:00:00Z", 240)), "dept 7: minutes 8-10 at 1.00, 10-12 at 0.50");
        assertEquals(200, cost(engine, call("2002", "2026-03-02T05:00:00Z", 180)), "dept 8: minute 9-10 at 1.00, 10-12 at 0.50");
        assertEquals(50, cost(engine, call("2001", "2026-03-02T06:00:00Z", 60)), "dept 7 is past its threshold");
        assertEquals(100, cost(engine, call("2009", "2026-03-02T07:00:00Z", 60)), "charged to no department: its own count");
    }

    @Test
    void theSameCallsCountedForThePlanCrossOnce() throws IOException {
        RatingEngine engine = engine("plan", NEVER);
        assertEquals(800, cost(engine, call("2001", "2026-03-02T02:00:00Z", 480)));
        assertEquals(200 + 350, cost(engine, call("2002", "2026-03-02T03:00:00Z", 540)), "minutes 8-10 at 1.00, 10-17 at 0.50");
        assertEquals(100, engine("", NEVER).rate(call("2001", "2026-03-02T04:00:00Z", 60)).cost().minorUnits(),
                "no scope written: the plan's, and a plan without department tiers never asks for a department");
    }

    @Test
    void anExtensionThatChangesDepartmentMidMonthCountsInEachInTurn() throws IOException {
        RatingEngine engine = engine("department", ORG);
        cost(engine, call("2001", "2026-03-02T02:00:00Z", 600)); // dept 7 reaches its threshold
        assertEquals(50, cost(engine, call("2003", "2026-03-10T02:00:00Z", 60)), "2003 in dept 7: past the threshold");
        assertEquals(100, cost(engine, call("2003", "2026-03-20T02:00:00Z", 60)), "2003 in dept 8 since the 15th: dept 8's "
                + "first minute");
        assertEquals(660, counted(engine, "2001"), "dept 7: 2001's ten minutes and 2003's minute of the 10th");
        assertEquals(60, counted(engine, "2002"), "dept 8: 2003's minute of the 20th");
    }

    @Test
    void storedCallsCountedAgainAfterARestartGiveTheSameCounts() throws IOException {
        RatingEngine live = engine("department", ORG);
        List<CallLeg> calls = List.of(call("2001", "2026-03-02T02:00:00Z", 480), call("2002", "2026-03-02T03:00:00Z", 540),
                call("2003", "2026-03-02T04:00:00Z", 100), call("2009", "2026-03-02T05:00:00Z", 30));
        RatingEngine restarted = engine("department", ORG);
        RatingEngine resumed = engine("department", ORG);
        for (CallLeg leg : calls) {
            long billed = live.rate(leg).billedSeconds();
            // as the server's seeding reads them: tariff, stored department, quarter hour of the start
            long quarter = leg.start().toEpochMilli() - leg.start().toEpochMilli() % 900_000;
            restarted.countStored("hq-pbx", TARIFF, ORG.departmentOf(leg), quarter, billed);
            resumed.countStored(leg, TARIFF, billed); // as re-rating counts a stored call it leaves as it is
        }
        for (String extension : new String[] {"2001", "2002", "2003", "2009"}) {
            CallLeg next = call(extension, "2026-03-03T02:00:00Z", 300);
            long expected = live.explain(next).actual().tierCount().countedSeconds();
            assertEquals(expected, restarted.explain(next).actual().tierCount().countedSeconds(), extension);
            assertEquals(expected, resumed.explain(next).actual().tierCount().countedSeconds(), extension);
            Object cost = live.rate(next).cost(); // each engine counts it, so the three stay alike
            assertEquals(cost, restarted.rate(next).cost(), extension);
            assertEquals(cost, resumed.rate(next).cost(), extension);
        }
    }

    @Test
    void theTraceSaysWhoseMinutesTheTierRead() throws IOException {
        RatingEngine engine = engine("department", ORG);
        cost(engine, call("2002", "2026-03-02T02:00:00Z", 540));
        RatingTrace trace = engine.explain(call("2002", "2026-03-02T03:00:00Z", 180));
        assertEquals(new RatingTrace.TierCount(VolumeTiers.Scope.DEPARTMENT, 8, 540), trace.actual().tierCount());
        assertEquals(List.of("100", "50"), trace.actual().parts().stream()
                .map(p -> p.tierPercent().stripTrailingZeros().toPlainString()).toList(), "minute 9-10, then 10-12");
        assertEquals(List.of(60L, 120L), trace.actual().parts().stream().map(RatingTrace.Part::billedSeconds).toList());
        assertEquals(new RatingTrace.TierCount(VolumeTiers.Scope.PLAN, 0, 0),
                engine("plan", NEVER).explain(call("2002", "2026-03-02T03:00:00Z", 60)).actual().tierCount());
        assertNull(engine("department", ORG).explain(call("2002", "2026-03-02T03:00:00Z", 60)).reference(),
                "the reference carrier is the same plan");
    }

    @Test
    void whatIfReadsTheDepartmentsCountWithoutAddingToIt() throws IOException {
        RatingEngine engine = engine("department", ORG);
        cost(engine, call("2001", "2026-03-02T02:00:00Z", 600));
        TariffPlan plan = engine.model().carriers().get("tel").defaultPlan();
        CallLeg leg = call("2001", "2026-03-02T03:00:00Z", 60);
        assertEquals(50, engine.whatIf(leg, List.of(plan)).costs().get(0).minorUnits());
        assertEquals(50, engine.whatIf(call("2001", "2026-03-02T03:00:00Z", 60), List.of(plan)).costs().get(0).minorUnits());
        assertEquals(600, engine.explain(leg).actual().tierCount().countedSeconds(), "what-if counted nothing");
        assertEquals(100, engine.whatIf(call("2002", "2026-03-02T03:00:00Z", 60), List.of(plan)).costs().get(0).minorUnits());
    }

    /** Property: under department tiers, each department's calls cost what they would as the plan's only calls. */
    @Test
    void eachDepartmentIsPricedAsIfItWereAloneOnThePlan() throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 20; round++) {
            RatingEngine shared = engine("department", ORG);
            Map<String, RatingEngine> alone = new HashMap<>();
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String extension = "200" + (1 + random.nextInt(3));
                String start = Instant.parse("2026-03-02T00:00:00Z").plusSeconds(i * 3_600L).toString();
                int seconds = random.nextInt(400);
                int department = ORG.departmentOf(call(extension, start, seconds));
                RatingEngine own = alone.computeIfAbsent(String.valueOf(department), d -> planEngine());
                long together = cost(shared, call(extension, start, seconds));
                long apart = cost(own, call(extension, start, seconds));
                if (together != apart) {
                    mismatches.add(extension + " at " + start + ": " + together + " != " + apart);
                }
            }
            assertEquals(List.of(), mismatches, "round " + round);
        }
    }

    private long counted(RatingEngine engine, String extension) {
        return engine.explain(call(extension, "2026-03-21T02:00:00Z", 60)).actual().tierCount().countedSeconds();
    }

    private RatingEngine planEngine() {
        try {
            return engine("plan", NEVER);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long cost(RatingEngine engine, CallLeg leg) {
        return engine.rate(leg).cost().minorUnits();
    }

    /** @param scope the version's {@code tierScope}, or "" to leave it out */
    private static RatingEngine engine(String scope, DepartmentResolver departments) throws IOException {
        String json = """
                {"sites": [{"id": "hq", "country": "86", "areaCode": "21", "zone": "Asia/Shanghai", "currency": "CNY",
                  "dialPlan": {"extensions": "2000-2999", "nationalLengths": "9-11"},
                  "defaultCarrier": "tel/std", "referenceCarrier": "tel/std"}],
                 "carriers": [{"id": "tel", "plans": [{"id": "std", "currency": "CNY", "versions": [{
                   "from": "2026-01-01", %s
                   "tiers": [{"fromMinutes": 0, "percent": "100"}, {"fromMinutes": 10, "percent": "50"}],
                   "zones": {"NATIONAL": {"first": 60, "increment": 60, "price": "1.00"}}}]}]}]}
                """.formatted(scope.isEmpty() ? "" : "\"tierScope\": \"" + scope + "\",");
        return new RatingEngine(ModelJson.read(new StringReader(json), name -> new StringReader("")), pbx -> "hq",
                UsageLedger.inMemory(), departments);
    }
}
