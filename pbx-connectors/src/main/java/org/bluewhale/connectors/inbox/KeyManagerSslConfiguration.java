package org.bluewhale.connectors.inbox;

import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;

/**
 * MINA FtpServer's TLS settings from a key manager (so PEM files work, not only a key store
 * file as its own factory wants): TLS 1.2 and 1.3, no client certificates.
 */
final class KeyManagerSslConfiguration implements SslConfiguration {

    private final KeyManagerFactory keys;

    KeyManagerSslConfiguration(KeyManagerFactory keys) {
        this.keys = keys;
    }

    @Override
    public SSLSocketFactory getSocketFactory() throws GeneralSecurityException {
        return getSSLContext().getSocketFactory();
    }

    @Override
    public SSLContext getSSLContext() throws GeneralSecurityException {
        return getSSLContext("TLS");
    }

    @Override
    public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return null; // the JDK's defaults
    }

    @Override
    public String getEnabledProtocol() {
        return "TLSv1.3";
    }

    @Override
    public String[] getEnabledProtocols() {
        return new String[] {"TLSv1.3", "TLSv1.2"};
    }

    @Override
    public ClientAuth getClientAuth() {
        return ClientAuth.NONE;
    }
}
