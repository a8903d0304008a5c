package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a new SQLite file is created: where, and with which page size and journal mode. */
class SqliteFileLocationTest {

    @TempDir
    Path dir;

    @Test
    void aSqliteDatabaseInADirectoryThatDoesNotExistYetIsCreated() throws SQLException {
        Path file = dir.resolve("not/yet/there/bluewhale.sqlite");
        try (Database database = Database.open("jdbc:sqlite:" + file, "", "")) {
            assertEquals("sqlite", database.dialectName());
            assertEquals(0, database.cdrReader().cdrCount());
            assertEquals("8192", pragma(database, "page_size"));
            assertEquals("wal", pragma(database, "journal_mode"));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void aPageSizeInTheUrlWinsForANewFile() throws SQLException {
        try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("small.sqlite") + "?page_size=4096", "", "")) {
            assertEquals("4096", pragma(database, "page_size"));
            assertEquals("wal", pragma(database, "journal_mode"));
        }
    }

    private static String pragma(Database database, String name) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
