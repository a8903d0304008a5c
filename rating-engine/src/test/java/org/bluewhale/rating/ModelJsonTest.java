package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A JSON model with an error is rejected whole, naming where the error is. */
class ModelJsonTest {

    private static final String GOOD_VERSION = """
            {"from": "2026-01-01", "destinations": "t", "zones": {"z": {"price": "0.10"}}}""";

    private static String model(String version, String site) {
        return """
                {"destinationTables": {"t": {"49": "z"}},
                 "carriers": [{"id": "c", "plans": [{"id": "p", "currency": "EUR", "versions": [%s]}]}],
                 "sites": [%s]}""".formatted(version, site);
    }

    private static final String GOOD_SITE = """
            {"id": "s", "country": "49", "zone": "Europe/Berlin", "currency": "EUR", "defaultCarrier": "c"}""";

    private static RatingConfigException rejected(String json) {
        return assertThrows(RatingConfigException.class,
                () -> ModelJson.read(new StringReader(json), name -> new StringReader("")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zone without price for a band  | {\"from\": \"2026-01-01\", \"bands\": {\"default\": \"x\"}, \"zones\": {\"z\": {\"prices\": {\"y\": \"1\"}}}} | carriers[c].plans[p]",
            "seven decimals                 | {\"from\": \"2026-01-01\", \"zones\": {\"z\": {\"price\": \"0.1234567\"}}} | carriers[c].plans[p]",
            "unknown table                  | {\"from\": \"2026-01-01\", \"destinations\": \"world\", \"zones\": {}} | carriers[c].plans[p].versions[0]",
            "bad date                       | {\"from\": \"01/01/2026\", \"zones\": {}} | carriers[c].plans[p].versions[0]",
            "bad rounding                   | {\"from\": \"2026-01-01\", \"rounding\": \"NEAREST\", \"zones\": {}} | carriers[c].plans[p].versions[0]",
            "unknown tier scope             | {\"from\": \"2026-01-01\", \"tiers\": [{\"fromMinutes\": 0, \"percent\": \"100\"}], \"tierScope\": \"site\", \"zones\": {}} | carriers[c].plans[p].versions[0].tierScope",
            "tier scope without tiers       | {\"from\": \"2026-01-01\", \"tierScope\": \"department\", \"zones\": {}} | carriers[c].plans[p].versions[0]",
    })
    void aBadVersionIsNamed(String what, String version, String where) {
        RatingConfigException e = rejected(model(version, GOOD_SITE));
        assertEquals(where, e.key(), e.getMessage());
        if (where.equals("carriers[c].plans[p]")) {
            assertTrue(e.getMessage().contains("c/p@2026-01-01T00:00:00Z: zone z"), "names version and zone: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "site | tier scope 'site' must be 'plan' or 'department'",
            "DEPARTMENT | tier scope 'DEPARTMENT' must be 'plan' or 'department'",
    })
    void aBadTierScopeSaysWhatIsAllowed(String scope, String message) {
        RatingConfigException e = rejected(model("""
                {"from": "2026-01-01", "tiers": [{"fromMinutes": 0, "percent": "100"}], "tierScope": "%s", "zones": {}}"""
                .formatted(scope), GOOD_SITE));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown carrier | {\"id\": \"s\", \"country\": \"49\", \"zone\": \"Europe/Berlin\", \"currency\": \"EUR\", \"defaultCarrier\": \"x\"} | sites[s].defaultCarrier",
            "bad zone        | {\"id\": \"s\", \"country\": \"49\", \"zone\": \"Berlin\", \"currency\": \"EUR\"} | sites[s].zone",
            "other currency  | {\"id\": \"s\", \"country\": \"49\", \"zone\": \"Europe/Berlin\", \"currency\": \"CHF\", \"defaultCarrier\": \"c\"} | sites[s]",
            "bad holiday     | {\"id\": \"s\", \"country\": \"49\", \"zone\": \"Europe/Berlin\", \"currency\": \"EUR\", \"holidays\": [\"Xmas\"]} | sites[s].holidays",
    })
    void aBadSiteIsNamed(String what, String site, String where) {
        RatingConfigException e = rejected(model(GOOD_VERSION, site));
        assertEquals(where, e.key(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a typo in a field name | {\"sitez\": []}",
            "not JSON               | {\"sites\": [",
    })
    void syntaxErrorsGiveTheLine(String what, String json) {
        RatingConfigException e = rejected(json);
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "versions overlap | {\"from\": \"2026-01-01\", \"zones\": {}}, {\"from\": \"2026-02-01\", \"zones\": {}}",
    })
    void overlappingVersionsAreRejected(String what, String versions) throws IOException {
        RatingConfigException e = rejected(model(versions, GOOD_SITE));
        assertEquals("carriers[c].plans[p]", e.key());
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
        ModelJson.read(new StringReader(model(GOOD_VERSION, GOOD_SITE)), name -> new StringReader(""));
    }
}
