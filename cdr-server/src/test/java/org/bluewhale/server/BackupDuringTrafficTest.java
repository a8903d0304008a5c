package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.backup.Manifest;
import org.bluewhale.store.backup.Restore;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup downloaded from a running server (embedded H2) while a simulated PBX is sending,
 * restored into PostgreSQL: the same calls, the same totals, and exactly the calls the server had
 * stored up to the journal position the backup carries — a consistent snapshot mid-stream.
 */
class BackupDuringTrafficTest {

    private static final int RECORDS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileRecordsArriveRestoresIntoPostgresqlWithTheSameCountsAndTotals() throws Exception {
        Path data = dir.resolve("data");
        Path archive = dir.resolve("backup.zip");
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> send(pbx.boundPort()));
            Poll.until(Duration.ofSeconds(30), "the first calls stored",
                    () -> server.engine().pipeline().committedPosition() >= 2_000);

            HttpResponse<Path> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.httpPort() + "/api/v1/backup"))
                    .header("Authorization", basic("admin", Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim()))
                    .build(), HttpResponse.BodyHandlers.ofFile(archive));
            assertEquals(200, download.statusCode());
            assertTrue(sent.isDone() == false, "the PBX was still sending when the backup was complete");

            assertEquals(RECORDS, sent.get());
            Poll.until(Duration.ofSeconds(60), "every record stored",
                    () -> server.engine().pipeline().committedPosition() >= RECORDS);
        }

        Path pg = dir.resolve("pg");
        Manifest manifest;
        long position;
        try (Database target = Databases.POSTGRESQL.open(pg)) {
            manifest = Restore.into(target, archive, false).manifest();
            position = target.cdrStore().committedPosition();
            try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertEquals(manifest.rows("cdr"), number(s, "SELECT COUNT(*) FROM cdr"));
                assertEquals(manifest.totals("cdr").get("cost_minor"), number(s, "SELECT SUM(cost_minor) FROM cdr"));
                assertEquals(manifest.totals("cdr").get("duration_s"), number(s, "SELECT SUM(duration_s) FROM cdr"));
            }
        }

        try (Database source = Database.open(DataDirectory.databaseUrl(data, Config.empty()), "", "");
             Connection c = source.dataSource().getConnection();
             Statement s = c.createStatement()) {
            String upToBackup = " FROM cdr WHERE journal_pos <= " + position;
            assertEquals(manifest.rows("cdr"), number(s, "SELECT COUNT(*)" + upToBackup),
                    "exactly the calls stored up to the backup's position");
            assertEquals(manifest.totals("cdr").get("cost_minor"), number(s, "SELECT SUM(cost_minor)" + upToBackup));
            assertTrue(number(s, "SELECT COUNT(*) FROM cdr") > manifest.rows("cdr"), "ingestion went on after it");
        }
        assertTrue(position > 0 && position < RECORDS, "taken mid-stream, at journal position " + position);
    }

    private static long send(int port) {
        try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", port))) {
            return sender.sendAtRate(new SimulatedFeed("avaya-unformatted", 7, RECORDS,
                    Instant.parse("2026-11-24T00:00:00Z")), 2_000);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long number(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
