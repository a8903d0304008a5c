package org.bluewhale.connectors.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.bluewhale.connectors.directory.DirectoryWatchConnector;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.spi.FileSink;

/**
 * The connector of one PBX that pushes files to the embedded FTP or SFTP server: the files the
 * {@link CompletedUploads} hand-over put in the account's {@code complete/} folder are imported
 * by a {@link DirectoryWatchConnector} there (once, idempotently; then {@code done/} or
 * {@code failed/} with the reason).
 */
public final class InboxConnector implements Connector {

    private final String name;
    private final String serverFailure;
    private final DirectoryWatchConnector complete;

    /**
     * @param protocol      {@code ftp} or {@code sftp}, for the name
     * @param port          the embedded server's port, for the name
     * @param serverFailure why the embedded server could not start (reported as FAILING), or null
     */
    public InboxConnector(InboxAccount account, String protocol, int port, String serverFailure, Duration pollEvery,
                          FileSink files) {
        this.name = protocol + "-push " + account.user() + "@:" + port + " (" + account.pbxId() + ")";
        this.serverFailure = serverFailure;
        try {
            Files.createDirectories(account.complete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + account.complete(), e);
        }
        this.complete = new DirectoryWatchConnector(account.pbxId(), account.complete(), pollEvery, files);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        complete.start();
    }

    @Override
    public ConnectorStatus status() {
        ConnectorStatus files = complete.status();
        return serverFailure == null ? files : new ConnectorStatus(State.FAILING, files.records(), files.bytes(),
                files.lastRecordAt(), serverFailure);
    }

    @Override
    public void close() {
        complete.close();
    }
}
