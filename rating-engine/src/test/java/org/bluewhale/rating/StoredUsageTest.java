package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

/**
 * Stored calls counted back into the volume counters (a restart, a re-rating run) land in the
 * plan month rating counted them in: the month in the site's zone (Shanghai, UTC+8), so a call at
 * 16:00 UTC on the last day of February counts in March. One national minute costs 1.00, half
 * from the plan's first minute of the month on.
 */
class StoredUsageTest {

    private static final String TARIFF = "tel/std@2026-01-01T00:00:00Z/NATIONAL";
    private static final CallLeg MARCH_CALL = new CallLeg("hq-pbx", 1, 1, Instant.parse("2026-03-02T02:00:00Z"),
            Legs.SHANGHAI, 60, 0, "2001", "01087654321", Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");

    @Test
    void aStoredMinuteCountsInItsPlanMonthInTheSitesZone() throws IOException {
        RatingEngine engine = engine();
        assertEquals(Set.of(TARIFF), engine.tieredTariffs());
        engine.countStored("hq-pbx", TARIFF, 0, Instant.parse("2026-02-28T15:45:00Z").toEpochMilli(), 60); // 23:45 Feb 28
        assertEquals(100, engine.withLedger(UsageLedger.inMemory()).rate(MARCH_CALL).cost().minorUnits(),
                "another ledger starts from nothing");
        engine.countStored("hq-pbx", "tel/other@2026-01-01T00:00:00Z/NATIONAL", 0, MARCH_CALL.start().toEpochMilli(), 60);
        assertEquals(100, engine.rate(MARCH_CALL).cost().minorUnits(), "February's minute and an unknown tariff count nothing in March");

        RatingEngine restarted = engine();
        restarted.countStored("hq-pbx", TARIFF, 0, Instant.parse("2026-02-28T16:00:00Z").toEpochMilli(), 60); // 00:00 Mar 1
        assertEquals(50, restarted.rate(MARCH_CALL).cost().minorUnits(), "March's first minute was counted");
    }

    @Test
    void tariffsWithoutTiersOrUnknownCountNothing() throws IOException {
        RatingEngine engine = engine();
        engine.countStored("hq-pbx", "tel/std@2026-01-01T00:00:00Z/LOCAL", 0, MARCH_CALL.start().toEpochMilli(), 600);
        engine.countStored("hq-pbx", "gone/plan/NATIONAL", 0, MARCH_CALL.start().toEpochMilli(), 600);
        assertEquals(100, engine.rate(MARCH_CALL).cost().minorUnits());
    }

    private static RatingEngine engine() throws IOException {
        String json = """
                {"sites": [{"id": "hq", "country": "86", "areaCode": "21", "zone": "Asia/Shanghai", "currency": "CNY",
                  "dialPlan": {"extensions": "2000-2999", "nationalLengths": "9-11"},
                  "defaultCarrier": "tel/std", "referenceCarrier": "tel/std"}],
                 "carriers": [{"id": "tel", "plans": [{"id": "std", "currency": "CNY", "versions": [{
                   "from": "2026-01-01",
                   "tiers": [{"fromMinutes": 0, "percent": "100"}, {"fromMinutes": 1, "percent": "50"}],
                   "zones": {"NATIONAL": {"first": 60, "increment": 60, "price": "1.00"}}}]}]}]}
                """;
        return new RatingEngine(ModelJson.read(new StringReader(json), name -> new StringReader("")), pbx -> "hq",
                UsageLedger.inMemory());
    }
}
