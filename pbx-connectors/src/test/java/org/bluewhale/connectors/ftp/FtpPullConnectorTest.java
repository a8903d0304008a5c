package org.bluewhale.connectors.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.connectors.ftp.FtpPullConfig.After;
import org.bluewhale.connectors.ftp.FtpPullConfig.Security;
import org.bluewhale.connectors.inbox.EmbeddedFtpServer;
import org.bluewhale.connectors.inbox.InboxAccount;
import org.bluewhale.connectors.tls.TestCertificates;
import org.bluewhale.connectors.tls.TlsFiles;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulls from a real FTP server (Apache MINA FtpServer) running in the test. */
class FtpPullConnectorTest {

    private static final String RECORDS = "record one\r\nrecord two\r\n";

    @TempDir
    Path temp;
    private Journal journal;
    private FileImports files;
    private InboxAccount account;
    private EmbeddedFtpServer server;

    @BeforeEach
    void open() {
        journal = Journal.open(JournalConfig.defaults(temp.resolve("journal")), () -> 0L);
        files = new FileImports(journal, FileFrames.framing(pbx -> 8192));
        account = new InboxAccount("cucm1", "cdr", "s3cret", temp.resolve("pbx-ftp"));
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        journal.close();
    }

    @Test
    void aCompleteFileIsPulledOnceAndDeletedWhileOneInProgressIsLeft() throws Exception {
        startServer(null, false);
        Path remote = Files.createDirectories(account.uploads().resolve("cdr"));
        Files.writeString(remote.resolve("cdr_0001.txt"), RECORDS);
        Files.writeString(remote.resolve("_cdr_0002.txt"), "still being written\r\n");
        FtpPullConnector connector = new FtpPullConnector(config().withAfter(After.DELETE, "done"), files);

        connector.poll();
        assertTrue(journal.readAll(0).isEmpty(), "seen once: not known to be complete yet");
        connector.poll();

        assertEquals(List.of("record one", "record two"), journaledLines());
        assertFalse(Files.exists(remote.resolve("cdr_0001.txt")), "deleted on the server after the import");
        assertTrue(Files.exists(remote.resolve("_cdr_0002.txt")), "a file in progress is not taken");
        assertEquals(2, connector.status().records());
        assertEquals(State.LISTENING, connector.status().state(), "idle between polls");
    }

    @Test
    void theLedgerSurvivesARestartSoAKeptFileIsNotPulledAgain() throws Exception {
        startServer(null, false);
        Path remote = Files.createDirectories(account.uploads().resolve("cdr"));
        Path file = Files.writeString(remote.resolve("cdr_0001.txt"), RECORDS);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-24T09:00:00Z")));
        FtpPullConnector first = new FtpPullConnector(config(), files);
        first.poll();
        first.poll();
        assertEquals(2, journal.readAll(0).size());

        FtpPullConnector afterRestart = new FtpPullConnector(config(), files);
        afterRestart.poll();
        afterRestart.poll();
        assertEquals(2, journal.readAll(0).size(), "known by name, size and time: not downloaded again");
        assertEquals(0, afterRestart.status().records());
        assertTrue(Files.readString(temp.resolve("work").resolve("pulled.log"))
                .endsWith(" " + RECORDS.length() + " " + Instant.parse("2026-11-24T09:00:00Z").toEpochMilli()
                        + " cdr_0001.txt\n"), "ledger: digest, size, time, name");
    }

    @Test
    void activeModeWithRenameMovesThePulledFileIntoTheDoneFolder() throws Exception {
        startServer(null, false);
        Path remote = Files.createDirectories(account.uploads().resolve("cdr"));
        Files.writeString(remote.resolve("cdr_0003.txt"), RECORDS);
        FtpPullConnector connector = new FtpPullConnector(config().withPassive(false).withAfter(After.RENAME, "done"),
                files);
        connector.poll();
        connector.poll();
        assertEquals(2, journal.readAll(0).size());
        assertTrue(Files.exists(remote.resolve("done").resolve("cdr_0003.txt")));
        assertFalse(Files.exists(remote.resolve("cdr_0003.txt")));
    }

    @Test
    void explicitFtpsPullsFromAServerWhoseCertificateIsTrusted() throws Exception {
        TestCertificates certs = TestCertificates.create(Files.createDirectories(temp.resolve("certs")));
        startServer(certs, false);
        Path remote = Files.createDirectories(account.uploads().resolve("cdr"));
        Files.writeString(remote.resolve("cdr_0004.txt"), RECORDS);
        FtpPullConnector connector = new FtpPullConnector(
                config().withSecurity(Security.EXPLICIT_TLS, certs.certificatePem()), files);
        connector.poll();
        connector.poll();
        assertEquals(List.of("record one", "record two"), journaledLines());
    }

    @Test
    void implicitFtpsPullsFromAServerThatSpeaksTlsFromTheFirstByte() throws Exception {
        TestCertificates certs = TestCertificates.create(Files.createDirectories(temp.resolve("certs")));
        startServer(certs, true);
        Path remote = Files.createDirectories(account.uploads().resolve("cdr"));
        Files.writeString(remote.resolve("cdr_0005.txt"), RECORDS);
        FtpPullConnector connector = new FtpPullConnector(
                config().withSecurity(Security.IMPLICIT_TLS, certs.certificatePem()), files);
        connector.poll();
        connector.poll();
        assertEquals(List.of("record one", "record two"), journaledLines());
    }

    @Test
    void aRefusedLoginIsReportedAsFailingWithTheServersAnswer() throws Exception {
        startServer(null, false);
        FtpPullConfig wrong = new FtpPullConfig("cucm1", "127.0.0.1", server.port(), "cdr", "wrong", "cdr",
                Duration.ofMillis(50), After.KEEP, "done", true, Security.NONE, null, temp.resolve("work"));
        IOException refused = assertThrows(IOException.class, () -> new FtpPullConnector(wrong, files).poll());
        assertTrue(refused.getMessage().startsWith("login as 'cdr' refused"), refused.getMessage());

        try (FtpPullConnector scheduled = new FtpPullConnector(wrong, files)) {
            scheduled.start();
            Poll.until("FAILING", () -> scheduled.status().state() == State.FAILING);
            assertTrue(scheduled.status().lastError().startsWith("login as 'cdr' refused"));
        }
    }

    private void startServer(TestCertificates certs, boolean implicit) {
        server = EmbeddedFtpServer.start("127.0.0.1", 0, "", List.of(account),
                certs == null ? null : TlsFiles.keyManagers(certs.pkcs12(), null, certs.pkcs12Password()),
                implicit, null);
    }

    private FtpPullConfig config() {
        return FtpPullConfig.of("cucm1", "localhost", server.port(), "cdr", "s3cret", "cdr", temp.resolve("work"))
                .withPollEvery(Duration.ofMillis(50));
    }

    private List<String> journaledLines() throws InterruptedException {
        return journal.readAll(0).stream().map(RawRecord::text).toList();
    }
}
