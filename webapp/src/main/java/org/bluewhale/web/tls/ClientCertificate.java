package org.bluewhale.web.tls;

import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The client certificate of an HTTPS request, verified by TLS against {@code https.client-ca}
 * (Jetty puts only verified chains on the request). Its subject's common name is the operator's
 * login: {@code CN=jdoe, O=Example} logs in operator {@code jdoe}.
 */
public final class ClientCertificate {

    private static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private ClientCertificate() {
    }

    /** The certificate the request's TLS session presented, if any. */
    public static Optional<X509Certificate> of(Context ctx) {
        Object chain = ctx.req().getAttribute(ATTRIBUTE);
        return chain instanceof X509Certificate[] certificates && certificates.length > 0
                ? Optional.of(certificates[0]) : Optional.empty();
    }

    /** The subject's common name (the last CN when it has several), or empty when it has none. */
    public static Optional<String> commonName(X509Certificate certificate) {
        try {
            String name = null;
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    name = rdn.getValue().toString(); // getRdns() runs from the most general part to the most specific
                }
            }
            return Optional.ofNullable(name).filter(n -> !n.isBlank());
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
