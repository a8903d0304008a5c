package org.bluewhale.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bluewhale.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bluewhale import} as an operator types it: problems by line and exit code 1, or the import. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        out.reset();
        err.reset();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void aBadFileIsRefusedWithLineNumbersAndAGoodOneIsImported() throws Exception {
        Path data = dir.resolve("data");
        Path bad = dir.resolve("people.csv");
        Files.writeString(bad, "department,name,extension\nSales,Ann,2001\nSales,Bo,20 01x!\n");
        assertEquals(1, run("import", "--data", data.toString(), bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ":3: extension '01x!' is not a number"),
                err.toString(StandardCharsets.UTF_8));

        Files.writeString(bad, "department,name,extension,valid_from\nSales/Export,Ann,2001,2025-01-01\n");
        assertEquals(0, run("import", "--data", data.toString(), "--zone", "Europe/Paris", bad.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("imported: 2 departments added, 1 people added"),
                out.toString(StandardCharsets.UTF_8));
        try (Database db = Database.open("jdbc:h2:file:" + data.toAbsolutePath().resolve("db/bluewhale"), "", "")) {
            assertEquals("Ann", db.orgRepository().userOfExtension("2001",
                    Instant.parse("2024-12-31T23:00:00Z")).orElseThrow().name(), "midnight in Paris");
        }
    }
}
