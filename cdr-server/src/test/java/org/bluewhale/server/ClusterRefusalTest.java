package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Until the server runs clustered, cluster.zookeeper stops the start instead of being ignored. */
class ClusterRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aServerGivenAZooKeeperEnsembleRefusesToStartAndTouchesNothing() {
        Path data = dir.resolve("data");
        Config config = Config.empty().with("cluster.zookeeper", "127.0.0.1:2181").with("cluster.node-id", "a");

        ConfigException refused = assertThrows(ConfigException.class, () -> Engine.start(data, config));

        assertTrue(refused.getMessage().contains("docs/cluster.md"), refused.getMessage());
        assertTrue(!Files.exists(data), "refused before it locked or created the data directory");
    }
}
