package org.bluewhale.web.tls;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The Jetty connector that serves HTTPS beside the plain HTTP one (which then only redirects). */
public final class HttpsConnector {

    private final HttpsSettings settings;
    private String host;
    private ServerConnector connector;

    public HttpsConnector(HttpsSettings settings) {
        this.settings = settings;
    }

    /** Listens on the same address as plain HTTP. */
    public void bind(String address) {
        this.host = address;
    }

    /** Creates the connector; called by Javalin while it builds the server. */
    public ServerConnector create(Server server, HttpConfiguration plain) {
        KeyStores.Loaded keys = KeyStores.load(settings);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys.store());
        tls.setKeyStorePassword(keys.password());
        if (settings.clientCa() != null) {
            // asked for, not required: operators without a certificate still log in with their password
            tls.setTrustStore(KeyStores.trustStore(settings.clientCa()));
            tls.setWantClientAuth(true);
        }
        HttpConfiguration secure = new HttpConfiguration(plain);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false); // clients may use an address the certificate does not name
        secure.addCustomizer(customizer);
        connector = new ServerConnector(server, new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(secure));
        connector.setHost(host);
        connector.setPort(settings.port());
        return connector;
    }

    /** The port HTTPS listens on (known once the server has started). */
    public int port() {
        return connector.getLocalPort();
    }

    public HttpsSettings settings() {
        return settings;
    }
}
