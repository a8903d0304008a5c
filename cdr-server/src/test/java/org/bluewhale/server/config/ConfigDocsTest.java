package org.bluewhale.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static final Path COMMITTED = Path.of("..", "docs", "configuration.md");

    @Test
    void theCommittedConfigurationPageIsGeneratedFromTheCatalogue() throws IOException {
        String generated = ConfigDocs.markdown();
        if (!Files.exists(COMMITTED) || !Files.readString(COMMITTED).equals(generated)) {
            Path fresh = Path.of("target", "configuration.md");
            Files.writeString(fresh, generated);
            throw new AssertionError("docs/configuration.md is out of date: copy " + fresh.toAbsolutePath()
                    + " over it");
        }
    }

    @Test
    void everyServerKeyIsDocumentedOnce() {
        String page = ConfigDocs.markdown();
        for (ConfigKey<?> key : ServerKeys.ALL) {
            assertTrue(page.contains("| `" + key.name() + "` |"), key.name());
            assertTrue(key.doc().length() > 10, "a real sentence for " + key.name());
        }
        assertEquals(ServerKeys.ALL.size(), ServerKeys.ALL.stream().map(ConfigKey::name).distinct().count());
    }

    @Test
    void misspeltKeysAreRecognisedAsUnknown() {
        assertTrue(ServerKeys.isKnown("http.port"));
        assertTrue(ServerKeys.isKnown("pbx.avaya-hq.format"));
        assertTrue(ServerKeys.isKnown("pbx.cucm_1.max-record-bytes"));
        assertTrue(ServerKeys.isKnown("site.hq.tariff.local"), "rating keys are checked by the rating engine");
        assertFalse(ServerKeys.isKnown("http.prot"));
        assertFalse(ServerKeys.isKnown("pbx.avaya-hq.fromat"));
        assertFalse(ServerKeys.isKnown("pbx.format"));
        assertFalse(ServerKeys.isKnown("journal.retention-days"));
    }

    @Test
    void badValuesAreRefusedWithTheKeyAndWhatIsExpected() {
        Config config = Config.empty().with("http.port", "80a").with("journal.retention", "90");
        ConfigException port = assertThrows(ConfigException.class, () -> config.get(ServerKeys.HTTP_PORT));
        assertTrue(port.getMessage().startsWith("http.port = '80a'"), port.getMessage());
        ConfigException retention = assertThrows(ConfigException.class, () -> config.get(ServerKeys.JOURNAL_RETENTION));
        assertTrue(retention.getMessage().contains("no unit"), retention.getMessage());
        assertEquals(Duration.ofDays(90), Config.empty().get(ServerKeys.JOURNAL_RETENTION));
        assertEquals(Duration.ofMillis(200), Config.empty().get(ServerKeys.PIPELINE_STORE_DELAY));
        ConfigException format = assertThrows(ConfigException.class,
                () -> Config.empty().get(ServerKeys.PBX_FORMAT.forId("avaya1")));
        assertTrue(format.getMessage().startsWith("pbx.avaya1.format is required"), format.getMessage());
    }
}
