package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.spi.StreamProgress;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.fence.PbxOwnerTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server with cluster.zookeeper set, against a real ZooKeeper server: it joins, claims its PBX,
 * numbers the PBX's stream itself and keeps where it stands in pbx_owner; restarted, it continues
 * the numbering from there, storing nothing twice.
 */
class ClusterNodeServerTest {

    private static final String PBX = "avaya-room1";

    @TempDir
    Path dir;

    @Test
    void aClusterSettingWithoutANodeIdStopsTheStartBeforeTouchingAnything() {
        Path data = dir.resolve("data");
        Config config = Config.empty().with("cluster.zookeeper", "127.0.0.1:2181");

        ConfigException refused = assertThrows(ConfigException.class, () -> Engine.start(data, config));

        assertTrue(refused.getMessage().contains("cluster.node-id"), refused.getMessage());
        assertFalse(Files.exists(data), "refused before it locked or created the data directory");
    }

    @Test
    void aClusteredServerStoresTheStreamsOfItsPbxOnceAcrossARestart() throws Exception {
        InstanceSpec spec = new InstanceSpec(null, -1, -1, -1, true, 1, 200, -1);
        try (TestingServer zookeeper = new TestingServer(spec, true)) {
            int port = BluewhaleProcess.freePort();
            Config config = Config.empty()
                    .with("cluster.zookeeper", zookeeper.getConnectString())
                    .with("cluster.node-id", "node-a")
                    .with("cluster.session-timeout", "3s")
                    .with("pbx." + PBX + ".format", "avaya-unformatted")
                    .with("pbx." + PBX + ".zone", "Asia/Shanghai")
                    .with("pbx." + PBX + ".bind", "127.0.0.1")
                    .with("pbx." + PBX + ".port", Integer.toString(port));
            List<byte[]> records = SimulatedFeed.generate("avaya-unformatted", 3, 120, Instant.parse("2026-11-02T00:00:00Z"));
            Path data = dir.resolve("data");

            try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
                send(port, records.subList(0, 80));
                Poll.until(Duration.ofSeconds(30), "80 calls stored", () -> server.engine().database().cdrReader().cdrCount() == 80);
                PbxOwnerTable owners = server.engine().database().pbxOwners();
                assertEquals("node-a", owners.owner(PBX).orElseThrow().node());
                Poll.until(Duration.ofSeconds(10), "the progress of the 80th record in pbx_owner",
                        () -> owners.progress(PBX).lastSeq() == 80);
                StreamProgress progress = owners.progress(PBX);
                assertEquals(StreamProgress.WINDOW, progress.tail().size(), "the tail holds the last 32 records");
                assertTrue(server.engine().database().cdrStore().committedPosition() >= 80,
                        "the node's own journal position row moves");
                // the Cluster screen and the metrics get the node's own view of its group
                Poll.until(Duration.ofSeconds(10), "the node's status to show it owning its PBX",
                        () -> server.engine().clusterStatus().snapshot().ownedHere() == 1);
                ClusterSnapshot seen = server.engine().clusterStatus().snapshot();
                assertTrue(seen.clustered() && seen.leads(), "a clustered node, leading its group of one");
                assertEquals(List.of("node-a"), seen.members());
            }

            try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
                send(port, records.subList(80, 120));
                Poll.until(Duration.ofSeconds(30), "all 120 calls stored",
                        () -> server.engine().database().cdrReader().cdrCount() >= 120);
                var counts = server.engine().database().cdrReader().countSequences(PBX, 1, 121);
                assertEquals(120, counts.stored(), "sequences 1 to 120, each once: numbering went on after the restart");
                assertEquals(120, server.engine().database().cdrReader().cdrCount(), "nothing stored twice");
            }
        }
    }

    private static void send(int port, List<byte[]> records) throws Exception {
        try (TcpRecordSender pbx = BluewhaleProcess.connectWhenListening(port)) {
            pbx.sendAsFastAsPossible(records.iterator());
        }
    }
}
