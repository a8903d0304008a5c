package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_BIND;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_PASSIVE_PORTS;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_PORT;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_TLS;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_TLS_CERTIFICATE;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_TLS_KEY;
import static org.bluewhale.server.config.ServerKeys.INBOX_FTP_TLS_PASSWORD;
import static org.bluewhale.server.config.ServerKeys.INBOX_SFTP_BIND;
import static org.bluewhale.server.config.ServerKeys.INBOX_SFTP_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_INBOX_PASSWORD;
import static org.bluewhale.server.config.ServerKeys.PBX_INBOX_USER;
import static org.bluewhale.server.config.ServerKeys.PBX_POLL_EVERY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import org.bluewhale.connectors.inbox.CompletedUploads;
import org.bluewhale.connectors.inbox.EmbeddedFtpServer;
import org.bluewhale.connectors.inbox.EmbeddedSftpServer;
import org.bluewhale.connectors.inbox.InboxAccount;
import org.bluewhale.connectors.inbox.InboxConnector;
import org.bluewhale.connectors.tls.TlsFiles;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.FileSink;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded FTP and SFTP servers PBXs with transport {@code ftp-push} or {@code sftp-push}
 * upload to: each started only when some PBX uses it, with one account per such PBX, its folder
 * {@code DATA/inbox/<pbx id>/}. A server that cannot start (its port in use) does not stop
 * Bluewhale: the connectors of its PBXs report FAILING with the reason, as a TCP listener would.
 */
public final class PushInboxes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PushInboxes.class);

    private final Map<String, InboxAccount> accounts;
    private final int ftpConfiguredPort;
    private final int sftpConfiguredPort;
    private EmbeddedFtpServer ftp;
    private EmbeddedSftpServer sftp;
    private String ftpFailure;
    private String sftpFailure;

    private PushInboxes(Map<String, InboxAccount> accounts, int ftpConfiguredPort, int sftpConfiguredPort) {
        this.accounts = accounts;
        this.ftpConfiguredPort = ftpConfiguredPort;
        this.sftpConfiguredPort = sftpConfiguredPort;
    }

    public static PushInboxes start(Config config, List<PbxSettings> pbxs, Path dataRoot) {
        Map<String, InboxAccount> accounts = new LinkedHashMap<>();
        List<InboxAccount> ftpAccounts = new ArrayList<>();
        List<InboxAccount> sftpAccounts = new ArrayList<>();
        Set<String> users = new HashSet<>();
        for (PbxSettings pbx : pbxs) {
            if (!pbx.transport().endsWith("-push")) {
                continue;
            }
            String id = pbx.descriptor().id();
            String user = pbx.get(PBX_INBOX_USER).isBlank() ? id : pbx.get(PBX_INBOX_USER);
            if (!users.add(user)) {
                throw new ConfigException("PBX '" + id + "': inbox user '" + user + "' is used by another PBX");
            }
            InboxAccount account = new InboxAccount(id, user, PbxConnectors.required(pbx, PBX_INBOX_PASSWORD),
                    dataRoot.resolve("inbox").resolve(id));
            accounts.put(id, account);
            (pbx.transport().equals("ftp-push") ? ftpAccounts : sftpAccounts).add(account);
        }
        CompletedUploads handOver = new CompletedUploads(List.copyOf(accounts.values()));
        PushInboxes inboxes = new PushInboxes(accounts, config.get(INBOX_FTP_PORT), config.get(INBOX_SFTP_PORT));
        if (!ftpAccounts.isEmpty()) {
            String tls = config.get(INBOX_FTP_TLS);
            if (!Set.of("off", "explicit", "implicit").contains(tls)) {
                throw new ConfigException(INBOX_FTP_TLS.name() + " = '" + tls + "': expected off, explicit or implicit");
            }
            KeyManagerFactory keys = tls.equals("off") ? null : ftpKeys(config);
            try {
                inboxes.ftp = EmbeddedFtpServer.start(config.get(INBOX_FTP_BIND), inboxes.ftpConfiguredPort,
                        config.get(INBOX_FTP_PASSIVE_PORTS), ftpAccounts, keys, tls.equals("implicit"), handOver);
            } catch (RuntimeException e) { // a port in use: the server runs on, the PBXs' connectors say why
                inboxes.ftpFailure = failure(e);
            }
        }
        if (!sftpAccounts.isEmpty()) {
            try {
                inboxes.sftp = EmbeddedSftpServer.start(config.get(INBOX_SFTP_BIND), inboxes.sftpConfiguredPort,
                        dataRoot.resolve("inbox").resolve("ssh-host-key"), sftpAccounts, handOver);
            } catch (RuntimeException e) {
                inboxes.sftpFailure = failure(e);
            }
        }
        return inboxes;
    }

    private static String failure(RuntimeException e) {
        String reason = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage());
        log.error("{}", reason);
        return reason;
    }

    private static KeyManagerFactory ftpKeys(Config config) {
        String certificate = config.get(INBOX_FTP_TLS_CERTIFICATE);
        if (certificate.isBlank()) {
            throw new ConfigException(INBOX_FTP_TLS_CERTIFICATE.name() + " is required with " + INBOX_FTP_TLS.name());
        }
        String key = config.get(INBOX_FTP_TLS_KEY);
        try {
            return TlsFiles.keyManagers(Path.of(certificate), key.isBlank() ? null : Path.of(key),
                    config.get(INBOX_FTP_TLS_PASSWORD));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(INBOX_FTP_TLS_CERTIFICATE.name() + ": " + e.getMessage());
        }
    }

    /** The connector importing what the PBX uploads; FAILING with the reason when its server could not start. */
    Connector connector(PbxSettings pbx, FileSink files) {
        InboxAccount account = accounts.get(pbx.descriptor().id());
        boolean viaFtp = pbx.transport().equals("ftp-push");
        int port = viaFtp ? (ftp == null ? ftpConfiguredPort : ftp.port()) : (sftp == null ? sftpConfiguredPort : sftp.port());
        return new InboxConnector(account, viaFtp ? "ftp" : "sftp", port, viaFtp ? ftpFailure : sftpFailure,
                pbx.get(PBX_POLL_EVERY), files);
    }

    /** The embedded FTP server's port, or -1 when it is not running. */
    public int ftpPort() {
        return ftp == null ? -1 : ftp.port();
    }

    /** The embedded SFTP server's port, or -1 when it is not running. */
    public int sftpPort() {
        return sftp == null ? -1 : sftp.port();
    }

    @Override
    public void close() {
        if (ftp != null) {
            ftp.close();
        }
        if (sftp != null) {
            sftp.close();
        }
    }
}
