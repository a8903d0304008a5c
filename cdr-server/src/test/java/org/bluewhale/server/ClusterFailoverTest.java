package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.ServerDatabase;
import org.bluewhale.store.cdr.CdrKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's "done means": a real three-server ZooKeeper ensemble in this process and three
 * Bluewhale servers as separate processes on one PostgreSQL schema. Every PBX streams to all
 * three servers (as an Avaya with several CDR links would). The owner of a PBX is killed with
 * kill -9, then its successor is paused with SIGSTOP beyond its session timeout and resumed, then
 * one ZooKeeper server dies; each takeover is measured and must take less than 10 s, and in the
 * end the database holds every record the PBXs sent exactly once, in the order they sent them.
 */
class ClusterFailoverTest {

    private static final List<String> PBXS = List.of("pbx-1", "pbx-2", "pbx-3");
    private static final Duration SESSION = Duration.ofSeconds(3);
    private static final int TICK_MS = 200; // ZooKeeper allows sessions of 2 to 20 ticks
    private static final int RATE = 150; // records per second each PBX sends to each node
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(10);
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private TestingCluster ensemble;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private final List<Feed> feeds = new ArrayList<>();
    private String url;

    @AfterEach
    void stopEverything() throws Exception {
        feeds.forEach(Feed::stop);
        Path kept = Files.createDirectories(Path.of("target", "cluster-failover-logs")); // the servers' logs, to read after a failure
        for (NodeProcess node : nodes) {
            node.signal("CONT");
            BluewhaleProcess.kill9(node.process);
            Files.copy(node.logFile, kept.resolve(node.id + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (ensemble != null) {
            ensemble.close();
        }
    }

    @Test
    void everyRecordOnceAcrossKillPauseAndALostZooKeeperServer() throws Exception {
        url = ServerDatabase.POSTGRESQL.urlFor(dir.resolve("shared")); // skips (or fails in CI) without PostgreSQL
        List<InstanceSpec> specs = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            specs.add(new InstanceSpec(null, -1, -1, -1, true, id, TICK_MS, -1));
        }
        ensemble = new TestingCluster(specs);
        ensemble.start();
        for (String id : List.of("n1", "n2", "n3")) {
            nodes.add(NodeProcess.start(dir, id, url, ensemble.getConnectString()));
        }
        Poll.until(DEADLINE, "every PBX owned by one node, one PBX each", every(() -> {
            Map<String, String> owners = owners();
            return owners.size() == PBXS.size() && owners.values().stream().distinct().count() == PBXS.size();
        }));
        for (NodeProcess node : nodes) {
            assertTrue(node.process.isAlive(), node.id + " exited:\n" + node.logTail());
        }
        for (String pbx : PBXS) {
            feeds.add(new Feed(pbx, nodes));
        }
        Poll.until(DEADLINE, "calls of every PBX stored", every(() -> PBXS.stream().allMatch(p -> lastSeq(p) > 300)));

        // 1. kill -9 the owner of pbx-1
        NodeProcess first = node(owners().get("pbx-1"));
        Duration killed = takeover("kill -9", first, () -> {
            try {
                BluewhaleProcess.kill9(first.process);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // 2. SIGSTOP its successor beyond its session timeout, then SIGCONT
        NodeProcess second = node(owners().get("pbx-1"));
        Duration paused = takeover("SIGSTOP", second, () -> second.signal("STOP"));
        long before = lastSeq("pbx-1");
        Poll.until(DEADLINE, "the new owner of pbx-1 storing on", every(() -> lastSeq("pbx-1") > before + 300));
        second.signal("CONT");
        Poll.until(DEADLINE, "the resumed node to learn it lost its PBXs", every(() ->
                second.log().contains("no longer owns PBX") || second.log().contains("lost PBX")));

        // 3. one ZooKeeper server dies
        InstanceSpec victim = ensemble.getInstances().iterator().next();
        ensemble.killServer(victim);
        Map<String, Long> atLoss = new HashMap<>();
        PBXS.forEach(p -> atLoss.put(p, lastSeq(p)));
        Poll.until(DEADLINE, "every PBX stored on after a ZooKeeper server died",
                every(() -> PBXS.stream().allMatch(p -> lastSeq(p) > atLoss.get(p) + 300)));

        for (Feed feed : feeds) {
            feed.finish();
        }
        for (Feed feed : feeds) {
            Poll.until(DEADLINE, "all " + feed.limit() + " records of " + feed.pbx + " stored",
                    every(() -> storedCount(feed.pbx) >= feed.limit()));
        }
        System.out.printf("cluster takeover (session %s): kill -9 %d ms, SIGSTOP %d ms%n", SESSION,
                killed.toMillis(), paused.toMillis());
        for (Feed feed : feeds) {
            assertExactlyOnce(feed);
        }
        assertTrue(second.log().contains("no longer owns PBX"),
                "the resumed node's late batch was refused by the fence:\n" + second.logTail());
    }

    /** Does {@code fault} to the owner of pbx-1 and measures until another node holds it and stores its calls. */
    private Duration takeover(String fault, NodeProcess owner, Runnable doFault) {
        long storedBefore = lastSeq("pbx-1");
        long start = System.nanoTime();
        doFault.run();
        Poll.until(DEADLINE, "another node to claim pbx-1 after " + fault + " of " + owner.id,
                every(() -> !owner.id.equals(owners().get("pbx-1"))));
        Duration claimed = Duration.ofNanos(System.nanoTime() - start);
        Poll.until(DEADLINE, "the new owner to store calls of pbx-1", every(() -> lastSeq("pbx-1") > storedBefore));
        Duration storing = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("%s of %s: pbx-1 claimed by %s after %d ms, its calls stored again after %d ms%n", fault,
                owner.id, owners().get("pbx-1"), claimed.toMillis(), storing.toMillis());
        assertTrue(claimed.compareTo(TAKEOVER_LIMIT) < 0, fault + ": takeover took " + claimed);
        return claimed;
    }

    private void assertExactlyOnce(Feed feed) throws SQLException {
        Map<Long, String> stored = new TreeMap<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT cdr_key, calling FROM cdr WHERE cdr_key >= ? AND cdr_key < ?")) {
            int pbxId = pbxId(c, feed.pbx);
            ps.setLong(1, CdrKey.of(pbxId, 0));
            ps.setLong(2, CdrKey.of(pbxId + 1, 0));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    stored.put(CdrKey.sequence(rs.getLong(1)), rs.getString(2));
                }
            }
        }
        assertEquals(feed.limit(), rows, feed.pbx + ": one row per record sent");
        assertEquals(feed.limit(), stored.size(), feed.pbx + ": no sequence twice");
        for (int i = 0; i < feed.limit(); i++) {
            String sent = new String(feed.records.get(i), StandardCharsets.US_ASCII);
            String calling = stored.get(i + 1L);
            assertNotEquals(null, calling, feed.pbx + ": record " + (i + 1) + " stored");
            assertFalse(calling.isBlank(), feed.pbx + ": record " + (i + 1) + " has a calling number");
            assertTrue(sent.contains(calling), feed.pbx + ": record " + (i + 1) + " is the " + (i + 1)
                    + "th the PBX sent (calling " + calling + ", sent '" + sent + "')");
        }
    }

    private NodeProcess node(String id) {
        return nodes.stream().filter(n -> n.id.equals(id)).findFirst().orElseThrow();
    }

    /** Checks {@code condition} every 25 ms, not at Poll's pace: the queries would take a core of two. */
    private static BooleanSupplier every(BooleanSupplier condition) {
        long[] next = {0};
        return () -> {
            long now = System.nanoTime();
            if (now < next[0]) {
                return false;
            }
            next[0] = now + 25_000_000;
            return condition.getAsBoolean();
        };
    }

    private Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        query("SELECT pbx, node FROM pbx_owner", rs -> owners.put(rs.getString(1), rs.getString(2)));
        return owners;
    }

    private long lastSeq(String pbx) {
        long[] seq = {0};
        query("SELECT last_seq FROM pbx_owner WHERE pbx = '" + pbx + "'", rs -> seq[0] = rs.getLong(1));
        return seq[0];
    }

    private long storedCount(String pbx) {
        long[] count = {0};
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            int id = pbxId(c, pbx);
            query("SELECT COUNT(*) FROM cdr WHERE cdr_key >= " + CdrKey.of(id, 0) + " AND cdr_key < "
                    + CdrKey.of(id + 1, 0), rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return count[0];
    }

    private static int pbxId(Connection c, String pbx) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pbx WHERE name = ?")) {
            ps.setString(1, pbx);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            if (!e.getMessage().contains("does not exist")) { // before the first server created the tables
                throw new IllegalStateException(e);
            }
        }
    }

    /** A Bluewhale server in its own JVM: one TCP port per PBX, its own data directory. */
    private static final class NodeProcess {
        final String id;
        final Map<String, Integer> ports;
        final Process process;
        final Path logFile;

        private NodeProcess(String id, Map<String, Integer> ports, Process process, Path logFile) {
            this.id = id;
            this.ports = ports;
            this.process = process;
            this.logFile = logFile;
        }

        static NodeProcess start(Path dir, String id, String url, String zookeeper) throws IOException {
            Map<String, Integer> ports = new TreeMap<>();
            StringBuilder config = new StringBuilder()
                    .append("db.url=").append(url).append('\n')
                    .append("db.user=postgres\n")
                    .append("cluster.zookeeper=").append(zookeeper).append('\n')
                    .append("cluster.node-id=").append(id).append('\n')
                    .append("cluster.session-timeout=").append(SESSION.toSeconds()).append("s\n");
            for (String pbx : PBXS) {
                int port = BluewhaleProcess.freePort();
                ports.put(pbx, port);
                config.append("pbx.").append(pbx).append(".format=avaya-unformatted\n")
                        .append("pbx.").append(pbx).append(".zone=Asia/Shanghai\n")
                        .append("pbx.").append(pbx).append(".bind=127.0.0.1\n")
                        .append("pbx.").append(pbx).append(".port=").append(port).append('\n');
            }
            Path file = dir.resolve(id + ".properties");
            Files.writeString(file, config);
            Path log = dir.resolve(id + ".log");
            // the server's own logging (INFO), not the tests' (WARN): the test reads what the node says
            Process process = BluewhaleProcess.startWithJvm(log, List.of("-Xmx384m",
                    "-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath()), "start", "--data",
                    dir.resolve(id).toString(), "--config", file.toString(), "--http-port", "0");
            return new NodeProcess(id, ports, process, log);
        }

        void signal(String signal) {
            if (!process.isAlive()) {
                return;
            }
            try {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid(), e);
            }
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return "";
            }
        }

        String logTail() {
            String all = log();
            return all.substring(Math.max(0, all.length() - 4_000));
        }
    }

    /**
     * One PBX sending the same records to every node, one connection and thread per node, each at
     * {@link #RATE}: a paused node's connection fills up without holding back the others.
     */
    private static final class Feed {
        final String pbx;
        final List<byte[]> records;
        private final AtomicInteger limit;
        private final List<Thread> senders = new ArrayList<>();
        private final List<AtomicInteger> sent = new ArrayList<>();
        private final List<Boolean> alive = new ArrayList<>();

        Feed(String pbx, List<NodeProcess> nodes) throws InterruptedException {
            this.pbx = pbx;
            this.records = SimulatedFeed.generate("avaya-unformatted", pbx.hashCode(), RATE * 240,
                    Instant.parse("2026-11-02T00:00:00Z"));
            this.limit = new AtomicInteger(records.size());
            for (NodeProcess node : nodes) {
                TcpRecordSender sender = BluewhaleProcess.connectWhenListening(node.ports.get(pbx));
                AtomicInteger count = new AtomicInteger();
                sent.add(count);
                Thread thread = new Thread(() -> send(sender, count), pbx + "-to-" + node.id);
                senders.add(thread);
                thread.start();
            }
        }

        private void send(TcpRecordSender sender, AtomicInteger count) {
            Iterator<byte[]> upToLimit = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return count.get() < limit.get();
                }

                @Override
                public byte[] next() {
                    return records.get(count.getAndIncrement());
                }
            };
            try (sender) {
                sender.sendAtRate(upToLimit, RATE);
            } catch (IOException nodeKilled) {
                count.set(-1); // this node is gone; the others carry the stream
            }
        }

        /** Ends the stream where the furthest node's copy is; the others send up to there. */
        void finish() throws InterruptedException {
            // + 1: a sender seen at n may be handing over record n right now
            limit.set(sent.stream().mapToInt(AtomicInteger::get).max().orElseThrow() + 1);
            for (Thread sender : senders) {
                sender.join(DEADLINE.toMillis());
            }
        }

        int limit() {
            return limit.get();
        }

        void stop() {
            limit.set(0);
        }
    }
}
