package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.org.Site;
import org.bluewhale.store.org.TrunkGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's today and this month over a real database: the fixture's six calls of
 * 24 November (now is 13:00 UTC, 21:00 in Shanghai) and calls in the partial first day of the
 * month in Shanghai, on a past (rolled-up) day, on the part of today in Shanghai that is still
 * 23 November in UTC, and in October, each with its own reference cost.
 */
class DashboardApiTest {

    @TempDir
    Path data;

    private long sequence = 100;

    @Test
    void todayAndThisMonthAddUpInTheOperatorsZoneWithExactSavingsAndTopListsInOrder() {
        try (WebFixture web = new WebFixture(data)) {
            storeTheMonth(web);
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            JsonNode shanghai = admin.get("/api/v1/dashboard?zone=Asia/Shanghai").json();

            assertEquals("Asia/Shanghai", shanghai.get("zone").asText());
            JsonNode today = shanghai.get("today");
            assertEquals("2026-11-23T16:00:00Z", today.get("from").asText());
            assertTotals(today, 8, 1200, "7.70", "9.20", "1.50");
            JsonNode month = shanghai.get("month");
            assertEquals("2026-10-31T16:00:00Z", month.get("from").asText());
            assertTotals(month, 10, 1560, "32.70", "67.20", "34.50");

            assertEquals(List.of("Carol", "Bob", "Alice"), month.get("topUsers").findValuesAsText("user"));
            assertEquals(List.of("22.40", "7.80", "2.50"), month.get("topUsers").findValuesAsText("cost"));
            assertEquals(List.of("Support", "Sales", "Sales / Export"), month.get("byDepartment").findValuesAsText("department"));
            assertEquals(List.of("CT/std/international", "CT/std/national", "CN-MOBILE", "CN-LOCAL"),
                    month.get("topDestinations").findValuesAsText("destination"));
            assertEquals("30.00", month.get("topDestinations").get(0).get("savings").asText(), "50.00 - 20.00");

            JsonNode days = month.get("perDay");
            assertEquals(24, days.size(), "1 to 24 November");
            assertEquals("2026-11-01", days.get(0).get("at").asText());
            assertEquals(1, days.get(0).get("calls").asLong(), "the call of 31 October 20:00 UTC is 1 November in Shanghai");
            assertEquals(1, days.get(9).get("calls").asLong());
            assertEquals(8, days.get(23).get("calls").asLong());
            JsonNode hours = today.get("perHour");
            assertEquals(24, hours.size());
            assertEquals(2, hours.get(2).get("calls").asLong(), "02:00 in Shanghai, a rolled-up hour of 23 November UTC");
            assertEquals("1.40", hours.get(2).get("costs").get(0).get("cost").asText());
            assertEquals(6, hours.get(9).get("calls").asLong());

            JsonNode trunks = shanghai.get("trunks");
            assertEquals(List.of("PSTN"), trunks.get("groups").findValuesAsText("group"));
            assertEquals(2, trunks.get("groups").get(0).get("calls").asLong());
            assertEquals(2, trunks.get("groups").get(0).get("peakSimultaneous").asInt(), "T7 and T8 overlap");
            assertEquals(List.of("T1", "T7", "T8"), trunks.get("trunks").findValuesAsText("trunk"));
            assertEquals(1, trunks.get("trunks").get(0).get("peakSimultaneous").asInt(), "the six calls are 10 minutes apart");

            assertEquals(null, shanghai.get("byClass"), "the first version's period only when asked for");
            JsonNode utc = admin.get("/api/v1/dashboard?zone=UTC&from=2026-11-24T01:00:00Z&to=2026-11-24T01:25:00Z").json();
            assertEquals(List.of("2", "1"), utc.get("byClass").findValuesAsText("calls"), "calls 1 and 3 (LOCAL), 2 (MOBILE)");
            assertTotals(utc.get("today"), 6, 720, "6.30", "6.30", "0.00");
            assertEquals(9, utc.get("month").get("calls").asLong(), "1 November UTC on: not the call of 31 October 20:00");

            web.db.cdrStore().write(new StoreBatch(List.of(call("3001", "2026-11-10T05:00:00Z", CallClass.LOCAL, 10, 10,
                    "CN-LOCAL", 60, null)), List.of(), sequence));
            assertEquals(11, admin.get("/api/v1/dashboard?zone=Asia/Shanghai").json().get("month").get("calls").asLong(),
                    "a late call of a rolled-up day is counted");
        }
    }

    @Test
    void aDepartmentManagerSeesTheirSubtreeOnly() {
        try (WebFixture web = new WebFixture(data)) {
            storeTheMonth(web);
            JsonNode sales = web.http().basic("sales-mgr", WebFixture.PASSWORD)
                    .get("/api/v1/dashboard?zone=Asia/Shanghai").json();
            assertTotals(sales.get("month"), 7, 1020, "10.30", "14.80", "4.50");
            assertEquals(List.of("Bob", "Alice"), sales.get("month").get("topUsers").findValuesAsText("user"));
            assertEquals(List.of("Sales", "Sales / Export"), sales.get("month").get("byDepartment").findValuesAsText("department"));
            assertEquals(List.of("CT/std/national", "CN-MOBILE", "CN-LOCAL"),
                    sales.get("month").get("topDestinations").findValuesAsText("destination"), "not Support's international call");
            assertEquals(List.of("T1", "T7", "T8"), sales.get("trunks").get("trunks").findValuesAsText("trunk"));
            assertEquals(4, sales.get("trunks").get("trunks").get(0).get("calls").asLong(), "Sales' calls over T1 today, not Support's");
            assertEquals(400, web.http().basic("admin", WebFixture.PASSWORD).get("/api/v1/dashboard?zone=Mars/Olympus").status());
        }
    }

    private static void assertTotals(JsonNode period, long calls, long billedSeconds, String cost, String reference,
                                     String savings) {
        assertEquals(calls, period.get("calls").asLong(), period.toString());
        assertEquals(billedSeconds, period.get("billedSeconds").asLong(), period.toString());
        JsonNode cny = period.get("costs").get(0);
        assertEquals(1, period.get("costs").size());
        assertEquals("CNY", cny.get("currency").asText());
        assertEquals(List.of(cost, reference, savings), List.of(cny.get("cost").asText(), cny.get("referenceCost").asText(),
                cny.get("savings").asText()));
    }

    /** Beside the fixture's calls (0.30 to 1.80 CNY, reference the same, trunk T1): five calls of its own. */
    private void storeTheMonth(WebFixture web) {
        int pbx = web.db.cdrStore().registerPbxId(new PbxDescriptor("hq", "hq", "avaya-unformatted", WebFixture.SHANGHAI));
        Site site = web.db.siteRepository().addSite("hq", WebFixture.SHANGHAI);
        TrunkGroup pstn = web.db.siteRepository().addTrunkGroup(site.id(), "PSTN");
        web.db.siteRepository().addTrunk(pbx, "T7", pstn.id());
        web.db.siteRepository().addTrunk(pbx, "T8", pstn.id());
        List<RatedCall> calls = new ArrayList<>();
        calls.add(call("2002", "2026-10-31T20:00:00Z", CallClass.NATIONAL, 500, 800, "CT/std/national", 60, null));
        calls.add(call("3001", "2026-11-10T03:00:00Z", CallClass.INTERNATIONAL, 2000, 5000, "CT/std/international", 300, null));
        calls.add(call("2001", "2026-11-23T18:00:00Z", CallClass.MOBILE, 100, 250, "CN-MOBILE", 180, "T7"));
        calls.add(call("2002", "2026-11-23T18:01:00Z", CallClass.LOCAL, 40, 40, "CN-LOCAL", 300, "T8"));
        calls.add(call("2001", "2026-10-31T15:00:00Z", CallClass.INTERNATIONAL, 9999, 9999, "CT/std/international", 60, null));
        web.db.cdrStore().write(new StoreBatch(calls, List.of(), sequence));
    }

    private RatedCall call(String calling, String start, CallClass callClass, long cost, long reference, String tariff,
                           int seconds, String trunk) {
        sequence++;
        CallLeg leg = CallLeg.builder("hq", sequence, sequence, WebFixture.SHANGHAI).start(Instant.parse(start))
                .durationSeconds(seconds).callingNumber(calling).dialedNumber("0044123456").direction(Direction.OUTGOING)
                .trunkOut(trunk == null ? "" : trunk).build();
        return new RatedCall(leg, callClass, seconds, new Money(cost, WebFixture.CNY), tariff,
                new Money(reference, WebFixture.CNY));
    }
}
