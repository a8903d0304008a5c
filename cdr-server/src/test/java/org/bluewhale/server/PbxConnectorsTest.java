package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.bluewhale.connectors.tcp.TcpEventLoops;
import org.bluewhale.connectors.tls.TestCertificates;
import org.bluewhale.connectors.tls.TlsFiles;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pbx.<id>.* keys of each transport become the right connector, or a clear configuration error. */
class PbxConnectorsTest {

    @TempDir
    Path temp;

    @Test
    void eachTransportIsBuiltFromItsKeys() throws Exception {
        TestCertificates certs = TestCertificates.create(temp);
        assertEquals("serial /dev/ttyUSB0 19200 baud (p1)", name(pbx("serial").with("pbx.p1.serial-port", "/dev/ttyUSB0")
                .with("pbx.p1.baud", "19200").with("pbx.p1.parity", "even").with("pbx.p1.stop-bits", "1.5")
                .with("pbx.p1.flow-control", "rts-cts")));
        assertEquals("tls-listen 0.0.0.0:6514 (p1)", name(pbx("tcp-listen").with("pbx.p1.port", "6514")
                .with("pbx.p1.tls", "on").with("pbx.p1.tls-certificate", certs.pkcs12().toString())
                .with("pbx.p1.tls-password", certs.pkcs12Password())));
        assertEquals("tls-client pbx.example:6514 (p1)", name(pbx("tcp-client").with("pbx.p1.host", "pbx.example")
                .with("pbx.p1.port", "6514").with("pbx.p1.tls", "on")
                .with("pbx.p1.tls-trust", certs.certificatePem().toString())));
        assertEquals("ftp-pull ftps://cdr@10.0.0.5:990/cdr (p1)", name(pbx("ftp-pull").with("pbx.p1.host", "10.0.0.5")
                .with("pbx.p1.ftp-port", "990").with("pbx.p1.ftp-user", "cdr").with("pbx.p1.ftp-directory", "cdr")
                .with("pbx.p1.ftp-security", "implicit").with("pbx.p1.ftp-after", "rename")
                .with("pbx.p1.ftp-mode", "active")));
    }

    @Test
    void aMissingOrMisspeltValueIsRefusedWithTheKeyAndWhatIsExpected() {
        assertEquals("pbx.p1.serial-port is required for transport serial", error(pbx("serial")));
        assertEquals("pbx.p1.parity = 'evn': expected one of even, mark, none, odd, space",
                error(pbx("serial").with("pbx.p1.serial-port", "/dev/ttyS0").with("pbx.p1.parity", "evn")));
        assertEquals("pbx.p1.ftp-user is required for transport ftp-pull",
                error(pbx("ftp-pull").with("pbx.p1.host", "10.0.0.5")));
        assertEquals("pbx.p1.ftp-after = 'move': expected one of delete, keep, rename",
                error(pbx("ftp-pull").with("pbx.p1.host", "h").with("pbx.p1.ftp-user", "u").with("pbx.p1.ftp-after", "move")));
        assertEquals("pbx.p1.tls-certificate is required for transport tcp-listen",
                error(pbx("tcp-listen").with("pbx.p1.tls", "on")));
        String unreadable = error(pbx("tcp-listen").with("pbx.p1.tls", "on")
                .with("pbx.p1.tls-certificate", temp.resolve("missing.pem").toString())
                .with("pbx.p1.tls-key", temp.resolve("missing.key").toString()));
        assertTrue(unreadable.startsWith("PBX 'p1': cannot read the TLS certificate"), unreadable);
        ConfigException transport = assertThrows(ConfigException.class, () -> PbxSettings.of(pbx("rs232"), "p1"));
        assertTrue(transport.getMessage().contains("expected one of tcp-listen, tcp-client, serial, directory, ftp-pull, "
                + "ftp-push, sftp-push, rsp, avaya-rsp, none"), transport.getMessage());
    }

    @Test
    void pushInboxesNeedAPasswordAndOneUserPerPbx() {
        Config noPassword = pbx("sftp-push");
        ConfigException missing = assertThrows(ConfigException.class,
                () -> PushInboxes.start(noPassword, PbxSettings.all(noPassword), temp));
        assertEquals("pbx.p1.inbox-password is required for transport sftp-push", missing.getMessage());

        Config twice = pbx("ftp-push").with("pbx.p1.inbox-password", "a").with("pbx.p2.format", "cucm")
                .with("pbx.p2.transport", "sftp-push").with("pbx.p2.inbox-user", "p1").with("pbx.p2.inbox-password", "b");
        ConfigException clash = assertThrows(ConfigException.class,
                () -> PushInboxes.start(twice, PbxSettings.all(twice), temp));
        assertEquals("PBX 'p2': inbox user 'p1' is used by another PBX", clash.getMessage());
    }

    @Test
    void theFtpInboxSpeaksExplicitFtpsWithTheConfiguredCertificate() throws Exception {
        TestCertificates certs = TestCertificates.create(temp);
        Config config = pbx("ftp-push").with("pbx.p1.inbox-password", "pw").with("inbox.ftp.port", "0")
                .with("inbox.ftp.bind", "127.0.0.1").with("inbox.ftp.tls", "explicit")
                .with("inbox.ftp.tls-certificate", certs.certificatePem().toString())
                .with("inbox.ftp.tls-key", certs.keyPem().toString());
        try (PushInboxes inboxes = PushInboxes.start(config, PbxSettings.all(config), temp)) {
            assertEquals(-1, inboxes.sftpPort(), "no sftp-push PBX: no SFTP server");
            FTPSClient pbx = new FTPSClient(false);
            pbx.setTrustManager(TlsFiles.trustManagers(certs.certificatePem()).getTrustManagers()[0]);
            pbx.connect("localhost", inboxes.ftpPort());
            assertTrue(pbx.login("p1", "pw"));
            pbx.execPBSZ(0);
            pbx.execPROT("P");
            pbx.enterLocalPassiveMode();
            pbx.setFileType(FTP.BINARY_FILE_TYPE);
            assertTrue(pbx.storeFile("cdr_1.txt", new ByteArrayInputStream("a record\r\n".getBytes(StandardCharsets.US_ASCII))));
            pbx.logout();
            pbx.disconnect();
        }
        assertEquals("a record\r\n", Files.readString(temp.resolve("inbox/p1/complete/cdr_1.txt")),
                "uploaded over TLS and handed over for import");
    }

    @Test
    void anInboxServerThatCannotStartLeavesTheServerRunningAndItsPbxFailingWithTheReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Config config = pbx("sftp-push").with("pbx.p1.inbox-password", "pw").with("inbox.sftp.bind", "127.0.0.1")
                    .with("inbox.sftp.port", Integer.toString(taken.getLocalPort()));
            try (PushInboxes inboxes = PushInboxes.start(config, PbxSettings.all(config), temp);
                 Connector connector = inboxes.connector(PbxSettings.of(config, "p1"), null)) {
                assertEquals(-1, inboxes.sftpPort());
                assertEquals("sftp-push p1@:" + taken.getLocalPort() + " (p1)", connector.name());
                assertEquals(State.FAILING, connector.status().state());
                assertTrue(connector.status().lastError().startsWith("cannot start the SFTP inbox on 127.0.0.1:"
                        + taken.getLocalPort()), connector.status().lastError());
            }
        }
    }

    private static Config pbx(String transport) {
        return Config.empty().with("pbx.p1.format", "avaya-unformatted").with("pbx.p1.transport", transport);
    }

    private String name(Config config) {
        PbxSettings pbx = PbxSettings.of(config, "p1");
        EventLoopGroup loops = TcpEventLoops.newGroup(1);
        try (Connector connector = pbx.connector(new ConnectorContext(null, null, loops, temp, null)).orElseThrow()) {
            return connector.name();
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private String error(Config config) {
        return assertThrows(ConfigException.class, () -> name(config)).getMessage();
    }
}
