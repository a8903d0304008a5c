package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.bluewhale.connectors.inbox.EmbeddedFtpServer;
import org.bluewhale.connectors.inbox.InboxAccount;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole server with three PBXs that deliver files: one whose FTP server we poll (a real MINA
 * FtpServer in the test), one that uploads to our embedded FTP server (Commons Net FTPClient) and
 * one that uploads to our embedded SFTP server (SSHD SftpClient). Each call ends rated in the database.
 */
class FileTransportsTest {

    private static final String CALL_2001 = AvayaLines.text("241126 0915", 95, "A", "9", "2001", "004412345678") + "\r\n";
    private static final String CALL_2002 = AvayaLines.text("241126 0916", 60, "A", "9", "2002", "62345678") + "\r\n";
    private static final String CALL_2003 = AvayaLines.text("241126 0917", 60, "A", "9", "2003", "62345679") + "\r\n";

    @TempDir
    Path temp;

    @Test
    void filesPulledByFtpAndPushedByFtpAndSftpAreRatedAndStoredOnceEach() throws Exception {
        InboxAccount remote = new InboxAccount("pulled", "cdr", "pull-pw", temp.resolve("pbx-ftp-server"));
        Path remoteFolder = Files.createDirectories(remote.uploads().resolve("cdr"));
        Files.writeString(remoteFolder.resolve("cdr_pulled_1.txt"), CALL_2001);
        try (EmbeddedFtpServer pbxServer = EmbeddedFtpServer.start("127.0.0.1", 0, "", List.of(remote), null, false,
                null)) {
            Config config = pbx(pbx(pbx(DemoSetup.apply(Config.empty()), "pulled"), "ftp-pushed"), "sftp-pushed")
                    .with("http.port", "0").with("inbox.ftp.port", "0").with("inbox.sftp.port", "0")
                    .with("inbox.ftp.bind", "127.0.0.1").with("inbox.sftp.bind", "127.0.0.1")
                    .with("pbx.pulled.transport", "ftp-pull").with("pbx.pulled.host", "127.0.0.1")
                    .with("pbx.pulled.ftp-port", Integer.toString(pbxServer.port()))
                    .with("pbx.pulled.ftp-user", "cdr").with("pbx.pulled.ftp-password", "pull-pw")
                    .with("pbx.pulled.ftp-directory", "cdr").with("pbx.pulled.ftp-after", "delete")
                    .with("pbx.ftp-pushed.transport", "ftp-push").with("pbx.ftp-pushed.inbox-password", "ftp-pw")
                    .with("pbx.sftp-pushed.transport", "sftp-push").with("pbx.sftp-pushed.inbox-user", "cucm")
                    .with("pbx.sftp-pushed.inbox-password", "sftp-pw");
            try (BluewhaleServer server = BluewhaleServer.start(temp.resolve("data"), config, 0, false)) {
                ftpPush(server.inboxes().ftpPort(), "ftp-pushed", "ftp-pw", "cdr_ftp_1.txt", CALL_2002);
                sftpPush(server.inboxes().sftpPort(), "cucm", "sftp-pw", "cdr_sftp_1.txt", CALL_2003);

                Poll.until(Duration.ofSeconds(20), "three calls through the pipeline",
                        () -> server.engine().pipeline().committedPosition() >= 3);
                // demo model, Tuesday peak: 95 s to the UK bills 96 s at 2.00/min + 0.50 fee; 60 s Shanghai
                // local bills its first 180 s at 0.10/min
                assertEquals(List.of("3.70"), costs(server, "pulled"));
                assertEquals(List.of("0.30"), costs(server, "ftp-pushed"));
                assertEquals(List.of("0.30"), costs(server, "sftp-pushed"));
                Poll.until("the pulled file deleted on the PBX's server",
                        () -> !Files.exists(remoteFolder.resolve("cdr_pulled_1.txt")));

                JsonNode connectors = new ApiClient(server.httpPort()).get("/api/v1/health").body().get("connectors");
                for (String pbx : List.of("pulled", "ftp-pushed", "sftp-pushed")) {
                    assertEquals(1, connectors.get(pbx).get("records").asLong(), connectors.toString());
                    assertTrue(connectors.get(pbx).get("lastError").isNull(), connectors.toString());
                }
                assertEquals("LISTENING", connectors.get("ftp-pushed").get("state").asText(), "idle between polls");
                assertTrue(connectors.get("sftp-pushed").get("name").asText().startsWith("sftp-push cucm@:"));
                String password = Files.readString(temp.resolve("data").resolve(AdminBootstrap.PASSWORD_FILE)).trim();
                String metrics = new ApiClient(server.httpPort()).text("/metrics", "admin", password);
                assertTrue(metrics.contains("bluewhale_connector_records_total{pbx=\"sftp-pushed\"} 1.0"), metrics);
                assertTrue(metrics.matches("(?s).*bluewhale_connector_last_record_seconds\\{pbx=\"pulled\"} 1\\.\\d+E9.*"),
                        "the last record's time in Unix seconds");
            }
        }
    }

    private static Config pbx(Config config, String id) {
        return config.with("pbx." + id + ".format", "avaya-unformatted").with("pbx." + id + ".site", "hq")
                .with("pbx." + id + ".zone", "Asia/Shanghai").with("pbx." + id + ".poll-every", "50ms");
    }

    private static List<String> costs(BluewhaleServer server, String pbx) {
        List<StoredCdr> calls = server.engine().database().cdrReader().find(CdrQuery.between(
                Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z")).withPbx(pbx));
        return calls.stream().map(c -> c.cost().toBigDecimal().toPlainString()).toList();
    }

    private static void ftpPush(int port, String user, String password, String name, String content) throws Exception {
        FTPClient client = new FTPClient();
        client.connect("127.0.0.1", port);
        assertTrue(client.login(user, password));
        client.setFileType(FTP.BINARY_FILE_TYPE);
        client.enterLocalPassiveMode();
        assertTrue(client.storeFile(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
        client.logout();
        client.disconnect();
    }

    private static void sftpPush(int port, String user, String password, String name, String content) throws Exception {
        try (SshClient ssh = SshClient.setUpDefaultClient()) {
            ssh.start();
            try (ClientSession session = ssh.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(10)).getSession()) {
                session.addPasswordIdentity(password);
                session.auth().verify(Duration.ofSeconds(10));
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                     OutputStream out = sftp.write(name)) {
                    out.write(content.getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }
}
