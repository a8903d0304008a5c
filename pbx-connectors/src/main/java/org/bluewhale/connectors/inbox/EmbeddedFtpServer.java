package org.bluewhale.connectors.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * An FTP server inside Bluewhale (Apache MINA FtpServer) that PBXs push their CDR files to, such
 * as Cisco UCM's billing-server upload: one account per PBX, each locked in its own upload folder.
 * When a client finishes writing a file (STOR or APPE ended) or renames one, the
 * {@link CompletedUploads} hand-over is told. Optionally FTPS, explicit (AUTH TLS) or implicit.
 */
public final class EmbeddedFtpServer implements AutoCloseable {

    private static final String LISTENER = "default";

    private final FtpServer server;
    private final Listener listener;

    private EmbeddedFtpServer(FtpServer server, Listener listener) {
        this.server = server;
        this.listener = listener;
    }

    /**
     * @param port         0 picks a free port ({@link #port()})
     * @param passivePorts the data ports offered in passive mode, e.g. {@code 30000-30100}; empty for any
     * @param tls          our certificate for FTPS, or null for plain FTP
     * @param implicitTls  with {@code tls}: TLS from the first byte (port 990 style) rather than AUTH TLS
     * @param uploads      told of every completed upload; null for none
     */
    public static EmbeddedFtpServer start(String bindAddress, int port, String passivePorts, List<InboxAccount> accounts,
                                          KeyManagerFactory tls, boolean implicitTls, CompletedUploads uploads) {
        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress(bindAddress);
        listenerFactory.setPort(port);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        if (!passivePorts.isBlank()) {
            data.setPassivePorts(passivePorts);
        }
        if (tls != null) {
            listenerFactory.setSslConfiguration(new KeyManagerSslConfiguration(tls));
            listenerFactory.setImplicitSsl(implicitTls);
            data.setSslConfiguration(new KeyManagerSslConfiguration(tls));
        }
        listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        Listener listener = listenerFactory.createListener();

        FtpServerFactory factory = new FtpServerFactory();
        factory.addListener(LISTENER, listener);
        factory.setUserManager(users(accounts));
        if (uploads != null) {
            factory.setFtplets(new HashMap<>(Map.of("completed-uploads", new UploadEnd(uploads)))); // stop() clears it
        }
        FtpServer server = factory.createServer();
        try {
            server.start();
        } catch (FtpException e) {
            throw new IllegalStateException("cannot start the FTP inbox on " + bindAddress + ":" + port + ": "
                    + e.getMessage(), e);
        }
        return new EmbeddedFtpServer(server, listener);
    }

    /** The port listened on. */
    public int port() {
        return listener.getPort();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static UserManager users(List<InboxAccount> accounts) {
        PropertiesUserManagerFactory factory = new PropertiesUserManagerFactory();
        factory.setPasswordEncryptor(new ClearTextPasswordEncryptor()); // in memory only, never written
        UserManager users = factory.createUserManager();
        for (InboxAccount account : accounts) {
            BaseUser user = new BaseUser();
            user.setName(account.user());
            user.setPassword(account.password());
            try {
                user.setHomeDirectory(Files.createDirectories(account.uploads()).toAbsolutePath().toString());
                user.setAuthorities(List.of(new WritePermission()));
                users.save(user);
            } catch (IOException | FtpException e) {
                throw new IllegalStateException("cannot set up the FTP account of pbx " + account.pbxId() + ": "
                        + e.getMessage(), e);
            }
        }
        return users;
    }

    /** Tells the hand-over when a file is fully written or renamed. */
    private static final class UploadEnd extends DefaultFtplet {

        private final CompletedUploads uploads;

        UploadEnd(CompletedUploads uploads) {
            this.uploads = uploads;
        }

        @Override
        public FtpletResult onUploadEnd(FtpSession session, FtpRequest request) throws FtpException {
            return completed(session, request);
        }

        @Override
        public FtpletResult onAppendEnd(FtpSession session, FtpRequest request) throws FtpException {
            return completed(session, request);
        }

        @Override
        public FtpletResult onRenameEnd(FtpSession session, FtpRequest request) throws FtpException {
            return completed(session, request);
        }

        private FtpletResult completed(FtpSession session, FtpRequest request) throws FtpException {
            String path = session.getFileSystemView().getFile(request.getArgument()).getAbsolutePath();
            uploads.completed(session.getUser().getName(), path);
            return FtpletResult.DEFAULT;
        }
    }
}
