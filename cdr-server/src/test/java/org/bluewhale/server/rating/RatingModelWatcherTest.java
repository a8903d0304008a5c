package org.bluewhale.server.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.rating.RatingConfigException;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.SwappableRater;
import org.bluewhale.rating.UsageLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's rating model file: loaded with its destination CSV, swapped in when it changes, kept when broken. */
class RatingModelWatcherTest {

    @TempDir
    Path dir;

    private static String model(String price) {
        return """
                {"sites": [{"id": "paris", "country": "33", "areaCode": "1", "zone": "Europe/Paris", "currency": "EUR",
                            "dialPlan": {"nationalLengths": "9"}, "defaultCarrier": "orange"}],
                 "destinationFiles": {"fr": "fr.csv"},
                 "carriers": [{"id": "orange", "plans": [{"id": "pro", "currency": "EUR", "versions": [
                     {"from": "2026-01-01", "destinations": "fr",
                      "zones": {"mobile": {"first": 60, "increment": 60, "price": "%s"}}}]}]}]}
                """.formatted(price);
    }

    private static CallLeg mobileCall() {
        return new CallLeg("pbx", 1, 1, Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Paris"), 60, 0,
                "201", "0612345678", Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        // a distinct modification time, so the change shows even on a coarse-grained file system
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(Files.list(dir).count() * 7 + text.length())));
    }

    @Test
    void aChangedModelIsSwappedInAndABrokenOneIsRefused() throws IOException {
        write("fr.csv", "# French mobiles\n336,mobile\n337,mobile\n");
        write("model.json", model("0.20"));
        Properties props = new Properties();
        props.setProperty("rating.model", dir.resolve("model.json").toString());
        RatingModelSource source = new RatingModelSource(props);
        SwappableRater rater = new SwappableRater(new RatingEngine(source.load(), pbx -> "paris", UsageLedger.inMemory()));
        try (RatingModelWatcher watcher = new RatingModelWatcher(source,
                model -> rater.swap(new RatingEngine(model, pbx -> "paris", UsageLedger.inMemory())), 3_600_000)) {
            assertEquals(20, rater.rate(mobileCall()).cost().minorUnits());

            write("model.json", model("0.35"));
            watcher.check();
            assertEquals(35, rater.rate(mobileCall()).cost().minorUnits(), "the new price applies without a restart");

            write("fr.csv", "336,mobile\n33x7,mobile\n");
            watcher.check();
            assertEquals(35, rater.rate(mobileCall()).cost().minorUnits(), "a bad destination file changes nothing");
        }
    }

    @Test
    void aBadCsvIsRejectedWholeWithLineNumbers() throws IOException {
        write("fr.csv", "336,mobile\n\n33x7,mobile\n338\n");
        write("model.json", model("0.20"));
        Properties props = new Properties();
        props.setProperty("rating.model", dir.resolve("model.json").toString());

        RatingConfigException e = assertThrows(RatingConfigException.class, () -> new RatingModelSource(props).load());
        assertEquals("destinationFiles[fr]", e.key());
        assertTrue(e.getMessage().contains("line 3: prefix '33x7' must be digits only"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: expected prefix,zone"), e.getMessage());
    }

    @Test
    void aMissingModelFileIsNamed() {
        Properties props = new Properties();
        props.setProperty("rating.model", dir.resolve("nowhere.json").toString());

        RatingConfigException e = assertThrows(RatingConfigException.class, () -> new RatingModelSource(props).load());
        assertEquals("rating.model", e.key());
    }
}
