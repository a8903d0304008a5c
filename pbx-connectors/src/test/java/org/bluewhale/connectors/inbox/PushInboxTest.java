package org.bluewhale.connectors.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PBXs push files with real clients (Commons Net FTPClient, MINA SSHD SftpClient) to the embedded servers. */
class PushInboxTest {

    private static final String RECORDS = "pushed one\r\npushed two\r\n";

    @TempDir
    Path temp;
    private Journal journal;
    private FileImports files;
    private InboxAccount cucm;
    private InboxAccount other;

    @BeforeEach
    void open() {
        journal = Journal.open(JournalConfig.defaults(temp.resolve("journal")), () -> 0L);
        files = new FileImports(journal, FileFrames.framing(pbx -> 8192));
        cucm = new InboxAccount("cucm1", "cucm1", "pw-cucm", temp.resolve("inbox/cucm1"));
        other = new InboxAccount("cucm2", "cucm2", "pw-other", temp.resolve("inbox/cucm2"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aFileStoredByFtpIsImportedOnceUnderItsAccountsPbxAndAnInProgressNameWaitsForItsRename() throws Exception {
        CompletedUploads handOver = new CompletedUploads(List.of(cucm, other));
        try (EmbeddedFtpServer server = EmbeddedFtpServer.start("127.0.0.1", 0, "", List.of(cucm, other), null, false,
                handOver);
             InboxConnector connector = new InboxConnector(cucm, "ftp", server.port(), null, Duration.ofMillis(20), files)) {
            connector.start();
            FTPClient client = new FTPClient();
            client.connect("127.0.0.1", server.port());
            assertTrue(client.login("cucm1", "pw-cucm"));
            client.setFileType(FTP.BINARY_FILE_TYPE);
            client.enterLocalPassiveMode();
            assertTrue(client.storeFile("cdr_StandAloneCluster_01_202611240915_1.txt", stream(RECORDS)));
            assertTrue(client.storeFile("cdr_2.tmp", stream("third\r\n")));
            client.logout();
            client.disconnect();

            Poll.until("the stored file imported and moved to done/", () -> Files.exists(
                    cucm.complete().resolve("done").resolve("cdr_StandAloneCluster_01_202611240915_1.txt")));
            assertTrue(Files.exists(cucm.uploads().resolve("cdr_2.tmp")), "a .tmp name waits in the upload folder");
            assertEquals(List.of("pushed one", "pushed two"), lines());
            assertEquals(List.of("cucm1", "cucm1"), journal.readAll(0).stream().map(RawRecord::pbxId).toList());

            FTPClient again = new FTPClient();
            again.connect("127.0.0.1", server.port());
            assertTrue(again.login("cucm1", "pw-cucm"));
            assertTrue(again.rename("cdr_2.tmp", "cdr_2.txt"));
            again.logout();
            again.disconnect();
            Poll.until("the renamed file imported", () -> Files.exists(cucm.complete().resolve("done").resolve("cdr_2.txt")));
            assertEquals(List.of("pushed one", "pushed two", "third"), lines());
            assertEquals(3, connector.status().records());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndAnAccountCannotLeaveItsFolder() throws Exception {
        try (EmbeddedFtpServer server = EmbeddedFtpServer.start("127.0.0.1", 0, "", List.of(cucm, other), null, false,
                new CompletedUploads(List.of(cucm, other)))) {
            FTPClient client = new FTPClient();
            client.connect("127.0.0.1", server.port());
            assertFalse(client.login("cucm1", "pw-other"));
            assertTrue(client.login("cucm2", "pw-other"));
            client.storeFile("../cucm1/upload/sneaked.txt", stream(RECORDS));
            client.disconnect();
        }
        assertFalse(Files.exists(cucm.uploads().resolve("sneaked.txt")));
        assertFalse(Files.exists(cucm.complete().resolve("sneaked.txt")));
    }

    @Test
    void aFileWrittenBySftpIsImportedOnceItIsClosed() throws Exception {
        CompletedUploads handOver = new CompletedUploads(List.of(cucm));
        try (EmbeddedSftpServer server = EmbeddedSftpServer.start("127.0.0.1", 0, temp.resolve("host-key"),
                List.of(cucm), handOver);
             InboxConnector connector = new InboxConnector(cucm, "sftp", server.port(), null, Duration.ofMillis(20), files);
             SshClient ssh = SshClient.setUpDefaultClient()) {
            connector.start();
            ssh.start();
            try (ClientSession session = ssh.connect("cucm1", "127.0.0.1", server.port()).verify(Duration.ofSeconds(10))
                    .getSession()) {
                session.addPasswordIdentity("pw-cucm");
                session.auth().verify(Duration.ofSeconds(10));
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    try (OutputStream out = sftp.write("cdr_sftp_1.txt")) {
                        out.write("pushed one\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        assertFalse(Files.exists(cucm.complete().resolve("cdr_sftp_1.txt")), "still open: not handed over");
                        out.write("pushed two\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    try (OutputStream out = sftp.write("cdr_sftp_2.part")) {
                        out.write("third\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sftp.rename("cdr_sftp_2.part", "cdr_sftp_2.txt");
                }
            }
            Poll.until("both files imported", () -> lines().size() == 3);
            assertEquals(List.of("pushed one", "pushed two", "third"), lines());
            Poll.until("both moved to done/", () -> Files.exists(cucm.complete().resolve("done").resolve("cdr_sftp_2.txt"))
                    && Files.exists(cucm.complete().resolve("done").resolve("cdr_sftp_1.txt")));
        }
    }

    private List<String> lines() {
        try {
            return journal.readAll(0).stream().map(RawRecord::text).toList();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
