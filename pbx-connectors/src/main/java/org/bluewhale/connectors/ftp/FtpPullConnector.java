package org.bluewhale.connectors.ftp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPCmd;
import org.apache.commons.net.ftp.FTPFile;
import org.bluewhale.connectors.ftp.PulledFiles.RemoteFile;
import org.bluewhale.connectors.poll.PollingConnector;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.spi.FileSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a folder on the PBX's FTP server (or a collector's) and journals each new CDR file once.
 * A remote file is taken when its name does not start with {@code .} or {@code _} (files in
 * progress) and its size and modification time did not change since the previous listing. It is
 * downloaded to a staging folder, journaled through the {@link FileSink} (idempotent: content
 * digest to reserved sequences), remembered in the {@link PulledFiles} ledger, and then kept,
 * deleted, or moved into a remote done folder.
 *
 * <p>A crash at any step is harmless: before the ledger line the file is pulled again and the
 * import gives its records the same keys; after it, only the remote delete or move is redone.
 * Status: LISTENING between polls (idle), CONNECTED during a session, FAILING with the reason
 * after a failed poll (retried at the next one), PAUSED while the journal is full.
 */
public final class FtpPullConnector extends PollingConnector {

    private static final Logger log = LoggerFactory.getLogger(FtpPullConnector.class);

    private final FtpPullConfig config;
    private final FileSink sink;
    private final PulledFiles ledger;
    private final Path staging;
    private final Map<String, RemoteFile> seenLastPoll = new HashMap<>();

    public FtpPullConnector(FtpPullConfig config, FileSink sink) {
        super("ftp-pull-" + config.pbxId(), config.pollEvery());
        this.config = config;
        this.sink = sink;
        try {
            this.staging = Files.createDirectories(config.workDirectory().resolve("staging"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create " + config.workDirectory() + ": " + e, e);
        }
        this.ledger = PulledFiles.open(config.workDirectory().resolve("pulled.log"));
    }

    @Override
    public String name() {
        String scheme = config.security() == FtpPullConfig.Security.NONE ? "ftp" : "ftps";
        return "ftp-pull " + scheme + "://" + config.user() + "@" + config.host() + ":" + config.port() + "/"
                + config.remoteDirectory() + " (" + config.pbxId() + ")";
    }

    /** One session: list, take the files that are complete, log out. Called directly by tests. */
    @Override
    protected void poll() throws IOException {
        if (!sink.accepting()) {
            status.state(State.PAUSED); // journal disk budget exhausted: leave the files on the server
            return;
        }
        FTPClient client = FtpSessions.open(config);
        try {
            status.state(State.CONNECTED);
            Map<String, RemoteFile> now = new HashMap<>();
            for (FTPFile listed : list(client)) {
                if (!listed.isFile() || listed.getName().startsWith(".") || listed.getName().startsWith("_")) {
                    continue;
                }
                RemoteFile remote = new RemoteFile(listed.getName(), listed.getSize(),
                        listed.getTimestamp() == null ? 0 : listed.getTimestamp().getTimeInMillis());
                if (ledger.contains(remote)) {
                    afterwards(client, remote); // journaled earlier; a delete or move may not have happened
                } else if (remote.equals(seenLastPoll.get(remote.name()))) {
                    take(client, remote);
                } else {
                    now.put(remote.name(), remote); // new or still growing: look again next poll
                }
            }
            seenLastPoll.clear();
            seenLastPoll.putAll(now);
        } finally {
            FtpSessions.close(client);
        }
        status.state(State.LISTENING);
    }

    private FTPFile[] list(FTPClient client) throws IOException {
        // MLSD gives exact times and types; LIST is what every server has
        FTPFile[] files = client.hasFeature(FTPCmd.MLSD) ? client.mlistDir(config.remoteDirectory())
                : client.listFiles(config.remoteDirectory());
        if (files == null) {
            throw new IOException("cannot list " + config.remoteDirectory() + ": " + client.getReplyString().trim());
        }
        return files;
    }

    private void take(FTPClient client, RemoteFile remote) throws IOException {
        Path part = staging.resolve(remote.name() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            if (!client.retrieveFile(remotePath(remote.name()), out)) {
                throw new IOException("cannot download " + remote.name() + ": " + client.getReplyString().trim());
            }
        }
        Path local = Files.move(part, staging.resolve(remote.name()), StandardCopyOption.REPLACE_EXISTING);
        FileSink.Imported imported = sink.importFile(config.pbxId(), local);
        ledger.remember(remote, FileImports.digest(local));
        Files.delete(local);
        status.imported(imported);
        log.info("{} pulled {} record(s) of {} (sequences from {})", name(), imported.count(), remote.name(),
                imported.firstSequence());
        afterwards(client, remote);
    }

    private void afterwards(FTPClient client, RemoteFile remote) throws IOException {
        String path = remotePath(remote.name());
        switch (config.after()) {
            case KEEP -> { }
            case DELETE -> {
                if (!client.deleteFile(path)) {
                    throw new IOException("journaled " + remote.name() + " but cannot delete it: "
                            + client.getReplyString().trim());
                }
            }
            case RENAME -> {
                String done = remotePath(config.doneDirectory());
                client.makeDirectory(done); // fails harmlessly when it exists
                if (!client.rename(path, done + "/" + remote.name())) {
                    throw new IOException("journaled " + remote.name() + " but cannot move it to " + done + ": "
                            + client.getReplyString().trim());
                }
            }
        }
    }

    private String remotePath(String name) {
        String directory = config.remoteDirectory();
        return directory.isEmpty() || directory.equals(".") ? name
                : directory.endsWith("/") ? directory + name : directory + "/" + name;
    }
}
