package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A writer process killed with SIGKILL mid-stream: every batch it saw committed is in the
 * database after reopening, and no batch is there in part (rows match the committed position).
 */
class KillNineTest {

    private static final int COMMITS_BEFORE_KILL = 8;

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyCommittedBatchSurvivesKillNine(Databases kind) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), kind.name(),
                dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastCommitted = 0;
        int commits = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (commits < COMMITS_BEFORE_KILL && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Long.parseLong(line.substring("committed ".length()));
                    commits++;
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        }
        assertEquals(COMMITS_BEFORE_KILL, Math.min(commits, COMMITS_BEFORE_KILL), "writer did not get going");

        try (Database db = kind.open(dataDir)) {
            long position = db.cdrStore().committedPosition();
            assertTrue(position >= lastCommitted, "lost committed batches: position " + position + " < " + lastCommitted);
            assertEquals(position, db.cdrReader().cdrCount(), "rows must match the committed position exactly");
        }
    }
}
