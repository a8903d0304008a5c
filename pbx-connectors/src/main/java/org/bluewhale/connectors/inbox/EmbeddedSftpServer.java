package org.bluewhale.connectors.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server inside Bluewhale (Apache MINA SSHD) that PBXs push their CDR files to: one
 * password account per PBX, each confined to its own upload folder, SFTP only (no shell, no
 * commands). When a client closes a file it wrote, or renames one, the {@link CompletedUploads}
 * hand-over is told. The host key is generated on first start and kept, so clients that pinned
 * it keep trusting the server.
 */
public final class EmbeddedSftpServer implements AutoCloseable {

    private final SshServer server;

    private EmbeddedSftpServer(SshServer server) {
        this.server = server;
    }

    /**
     * @param port    0 picks a free port ({@link #port()})
     * @param hostKey the file holding the server's host key; created when missing
     */
    public static EmbeddedSftpServer start(String bindAddress, int port, Path hostKey, List<InboxAccount> accounts,
                                           CompletedUploads uploads) {
        Map<String, InboxAccount> byUser = accounts.stream()
                .collect(Collectors.toMap(InboxAccount::user, Function.identity()));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(bindAddress);
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> {
            InboxAccount account = byUser.get(user);
            return account != null && account.password().equals(password);
        });
        VirtualFileSystemFactory homes = new VirtualFileSystemFactory();
        try {
            for (InboxAccount account : accounts) {
                homes.setUserHomeDir(account.user(), Files.createDirectories(account.uploads()).toAbsolutePath());
            }
            Files.createDirectories(hostKey.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SFTP inbox folders", e);
        }
        server.setFileSystemFactory(homes);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new UploadEnd(uploads));
        server.setSubsystemFactories(List.of(sftp));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the SFTP inbox on " + bindAddress + ":" + port, e);
        }
        return new EmbeddedSftpServer(server);
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the SFTP inbox", e);
        }
    }

    /** Tells the hand-over when a file written by the client is closed, or a file is renamed. */
    private static final class UploadEnd implements SftpEventListener {

        private final CompletedUploads uploads;

        UploadEnd(CompletedUploads uploads) {
            this.uploads = uploads;
        }

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            if (thrown == null && localHandle instanceof FileHandle file
                    && file.getOpenOptions().contains(StandardOpenOption.WRITE)) {
                uploads.completed(session.getUsername(), file.getFile().toAbsolutePath().toString());
            }
        }

        @Override
        public void moved(ServerSession session, Path source, Path destination, Collection<CopyOption> options,
                          Throwable thrown) {
            if (thrown == null) {
                uploads.completed(session.getUsername(), destination.toAbsolutePath().toString());
            }
        }
    }
}
