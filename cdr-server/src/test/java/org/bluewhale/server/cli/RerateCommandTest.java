package org.bluewhale.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bluewhale.server.AvayaLines;
import org.bluewhale.server.rating.TieredModel;
import org.bluewhale.store.Database;
import org.bluewhale.store.org.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluewhale rerate} as an operator types it after editing the model file: the replayed
 * calls of the period get the new price, a second run changes nothing, and the audit log names
 * who ran it. Calls of one minute to a national number ({@link TieredModel}): the month's first
 * three at the list price, then half.
 */
class RerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void reratesAPeriodWithTheEditedModelAndARerunChangesNothing() throws Exception {
        Path model = dir.resolve("model.json");
        Files.writeString(model, TieredModel.json("1.00"));
        Path config = dir.resolve("bluewhale.properties");
        Files.writeString(config, "rating.model=" + model.toAbsolutePath().toString().replace('\\', '/') + "\n");
        Path file = dir.resolve("dump.txt");
        Files.writeString(file, String.join("\r\n",
                AvayaLines.text("301026 1000", 60, "7", "9", "2001", "0145678901"), // October: outside the period
                AvayaLines.text("021126 1000", 60, "7", "9", "2001", "0145678901"),
                AvayaLines.text("031126 1000", 60, "7", "9", "2001", "0145678901"),
                AvayaLines.text("041126 1000", 60, "7", "9", "2001", "0145678901"),
                AvayaLines.text("051126 1000", 60, "7", "9", "2001", "0145678901")) + "\r\n");
        Path data = dir.resolve("data");
        String[] common = {"--config", config.toString(), "--data", data.toString()};
        run(concat(new String[] {"replay", "--pbx", "p1", "--format", "avaya-unformatted", "--zone", "UTC", "--site",
            "hq", file.toString()}, common));
        assertEquals(List.of("1.00", "1.00", "1.00", "1.00", "0.50"), costs(common));

        Files.writeString(model, TieredModel.json("2.00"));
        String[] rerate = concat(new String[] {"rerate", "--from", "2026-11-01T00:00:00Z", "--to", "2026-12-01T00:00:00Z"},
                common);
        String first = run(rerate);
        assertTrue(first.contains("DONE: 4 of 4 calls read, 4 re-rated, 4 changed; cost 350 -> 700"), first);
        assertEquals(List.of("1.00", "2.00", "2.00", "2.00", "1.00"), costs(common));
        String second = run(rerate);
        assertTrue(second.contains("4 re-rated, 0 changed; cost 700 -> 700"), second);
        try (Database db = CliDatabase.open(data, config, "")) {
            AuditEntry last = db.auditLog().page(1, 0).get(0);
            assertEquals("cli:" + System.getProperty("user.name"), last.actor());
            assertEquals("rerate-started", last.action());
            assertEquals("job 2: 2026-11-01T00:00:00Z to 2026-12-01T00:00:00Z", last.target());
        }
    }

    private String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The cost column of {@code cdrs}, in start order. */
    private List<String> costs(String[] common) {
        List<String> lines = run(concat(new String[] {"cdrs"}, common)).lines().toList();
        int cost = List.of(lines.get(0).split(",")).indexOf("cost");
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[cost]).toList();
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args), "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
