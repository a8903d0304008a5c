package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.server.config.Config;
import org.bluewhale.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file is encrypted with a key from the environment, and useless without it. */
class DatabaseLoginTest {

    @TempDir
    Path data;

    @Test
    void aFileKeyEncryptsTheEmbeddedH2File() throws Exception {
        DatabaseLogin login = DatabaseLogin.of(data, Config.empty(), "correct-horse-battery");
        try (Database db = Database.open(login.url(), login.user(), login.password())) {
            db.cdrStore().registerPbx(new PbxDescriptor("very-secret-pbx-name", "site", "cucm", ZoneId.of("UTC")));
        }
        String file = new String(Files.readAllBytes(data.resolve("db/bluewhale.mv.db")), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("very-secret-pbx-name"), "no plain text in the file");

        DatabaseLogin withoutKey = DatabaseLogin.of(data, Config.empty(), null);
        assertThrows(RuntimeException.class, () -> Database.open(withoutKey.url(), withoutKey.user(), withoutKey.password()).close());
        try (Database db = Database.open(login.url(), login.user(), login.password())) {
            assertTrue(db.pbxRegistry().all().stream().anyMatch(p -> p.id().equals("very-secret-pbx-name")));
        }
    }

    @Test
    void serverDatabasesAndAnUnsetKeyAreLeftAlone() {
        Config postgres = Config.empty().with("db.url", "jdbc:postgresql://db:5432/bw").with("db.password", "pw");
        assertEquals(new DatabaseLogin("jdbc:postgresql://db:5432/bw", "", "pw"), DatabaseLogin.of(data, postgres, "k"));
        assertFalse(DatabaseLogin.of(data, Config.empty(), "").url().contains("CIPHER"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseLogin.of(data, Config.empty(), "two words"));
    }
}
