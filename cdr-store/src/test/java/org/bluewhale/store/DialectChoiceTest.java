package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dialect a JDBC URL gets, and the MySQL scheme served by the MariaDB driver. */
class DialectChoiceTest {

    @TempDir
    Path dataDir;

    @Test
    void eachSupportedSchemeGetsItsDialect() {
        assertEquals("h2", Dialect.forUrl("jdbc:h2:file:/var/lib/bluewhale/db/bluewhale").name());
        assertEquals("sqlite", Dialect.forUrl("jdbc:sqlite:/var/lib/bluewhale/db/bluewhale.sqlite").name());
        assertEquals("postgresql", Dialect.forUrl("jdbc:postgresql://db.example:5432/billing").name());
        assertEquals("mariadb", Dialect.forUrl("jdbc:mariadb://db.example:3306/billing").name());
        assertEquals("mariadb", Dialect.forUrl("jdbc:mysql://db.example:3306/billing").name());
    }

    @Test
    void anUnsupportedSchemeSaysWhichAreSupported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dialect.forUrl("jdbc:oracle:thin:@db.example:1521/billing"));
        assertTrue(e.getMessage().contains("jdbc:postgresql:") && e.getMessage().contains("jdbc:mysql:"), e.getMessage());
    }

    @Test
    void aMysqlUrlOpensThroughTheMariaDbDriver() {
        String url = Databases.MARIADB.url(dataDir).replace("jdbc:mariadb:", "jdbc:mysql:");
        try (Database db = Database.open(url, Databases.MARIADB.user(), "")) {
            assertEquals("mariadb", db.dialectName());
            db.cdrStore().registerPbx(new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(new SampleCalls(2).calls("avaya-paris", 1, 3,
                    Instant.parse("2025-03-10T08:00:00Z")), List.of(), 3));
            assertEquals(3, db.cdrReader().cdrCount());
        }
    }
}
