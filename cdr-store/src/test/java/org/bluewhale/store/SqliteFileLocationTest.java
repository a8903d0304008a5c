package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFileLocationTest {

    @TempDir
    Path dir;

    @Test
    void aSqliteDatabaseInADirectoryThatDoesNotExistYetIsCreated() {
        Path file = dir.resolve("not/yet/there/bluewhale.sqlite");
        try (Database database = Database.open("jdbc:sqlite:" + file, "", "")) {
            assertEquals("sqlite", database.dialectName());
            assertEquals(0, database.cdrReader().cdrCount());
        }
        assertTrue(Files.exists(file));
    }
}
