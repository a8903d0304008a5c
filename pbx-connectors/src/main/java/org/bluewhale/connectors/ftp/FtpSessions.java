package org.bluewhale.connectors.ftp;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.bluewhale.connectors.tls.TlsFiles;

/** Opens a logged-in, binary-mode FTP or FTPS session as an {@link FtpPullConfig} says. */
final class FtpSessions {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private FtpSessions() {
    }

    /** @throws IOException when the server cannot be reached or refuses us; the message says which */
    static FTPClient open(FtpPullConfig config) throws IOException {
        FTPClient client = newClient(config);
        client.setConnectTimeout((int) TIMEOUT.toMillis());
        client.setDefaultTimeout((int) TIMEOUT.toMillis());
        client.setDataTimeout(TIMEOUT);
        try {
            client.connect(config.host(), config.port());
            if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
                throw new IOException("the server refused the connection: " + client.getReplyString().trim());
            }
            if (!client.login(config.user(), config.password())) {
                throw new IOException("login as '" + config.user() + "' refused: " + client.getReplyString().trim());
            }
            if (client instanceof FTPSClient secure) {
                secure.execPBSZ(0);
                secure.execPROT("P"); // the data connections are encrypted too
            }
            client.setFileType(FTP.BINARY_FILE_TYPE);
            if (config.passive()) {
                client.enterLocalPassiveMode();
            } else {
                client.enterLocalActiveMode();
            }
            return client;
        } catch (IOException e) {
            close(client);
            throw e;
        }
    }

    /** Logs out and disconnects, ignoring a server that has gone already. */
    static void close(FTPClient client) {
        try {
            if (client.isConnected()) {
                client.logout();
            }
        } catch (IOException e) {
            // gone already: disconnecting is all that is left
        }
        try {
            client.disconnect();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    private static FTPClient newClient(FtpPullConfig config) throws IOException {
        if (config.security() == FtpPullConfig.Security.NONE) {
            return new FTPClient();
        }
        FTPSClient client = new FTPSClient(config.security() == FtpPullConfig.Security.IMPLICIT_TLS);
        client.setTrustManager(trustManager(config));
        client.setEndpointCheckingEnabled(true); // the certificate must name the host
        return client;
    }

    private static TrustManager trustManager(FtpPullConfig config) throws IOException {
        try {
            TrustManagerFactory factory;
            if (config.trusted() != null) {
                factory = TlsFiles.trustManagers(config.trusted());
            } else {
                factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
            }
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager) {
                    return manager;
                }
            }
            throw new IOException("no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up FTPS trust: " + e.getMessage(), e);
        }
    }
}
