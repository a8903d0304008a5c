package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.AuthFailure;
import org.bluewhale.web.auth.LoginGuard;
import org.bluewhale.web.auth.Principal;
import org.bluewhale.web.auth.Sessions;
import org.bluewhale.web.tls.ClientCertificate;

/**
 * The browser login: {@code POST /api/v1/session} with {@code {"login", "password"}}, or with
 * {@code {"certificate": true}} over HTTPS with a client certificate ({@link ClientCertificate}),
 * sets the session cookie and answers the CSRF token; {@code GET} tells who is logged in (and the token
 * again, after a reload); {@code DELETE} logs out.
 */
final class SessionResource {

    record Credentials(String login, String password, Boolean certificate) {
    }

    private final LoginGuard guard;
    private final Sessions sessions;
    private final Audit audit;
    private final boolean secureCookie;

    SessionResource(LoginGuard guard, Sessions sessions, Audit audit, boolean secureCookie) {
        this.guard = guard;
        this.sessions = sessions;
        this.audit = audit;
        this.secureCookie = secureCookie;
    }

    void login(Context ctx) {
        Credentials credentials = Bodies.read(ctx, Credentials.class);
        LoginGuard.Result result;
        if (Boolean.TRUE.equals(credentials.certificate())) {
            result = certificateLogin(ctx);
        } else if (credentials.login() == null || credentials.password() == null) {
            throw new BadRequest("send {\"login\": ..., \"password\": ...}, or {\"certificate\": true} with a client "
                    + "certificate");
        } else {
            result = guard.attempt(credentials.login(), credentials.password(), "session", ctx.ip());
        }
        if (!(result instanceof LoginGuard.Accepted accepted)) {
            throw guard.refusal(result);
        }
        Sessions.Session session = sessions.open(accepted.operator().login());
        ctx.cookie(new Cookie(Sessions.COOKIE, session.id(), "/", -1, secureCookie, 0, true, null, null, SameSite.STRICT));
        ctx.status(201).json(answer(accepted.operator().login(), accepted.operator().role(),
                accepted.operator().departmentId(), session.csrfToken()));
    }

    private LoginGuard.Result certificateLogin(Context ctx) {
        X509Certificate certificate = ClientCertificate.of(ctx).orElseThrow(() -> AuthFailure.unauthorized(
                "no client certificate came with the request: log in over HTTPS with a certificate issued by an "
                + "authority in https.client-ca, or with login and password"));
        String login = ClientCertificate.commonName(certificate).orElseThrow(() -> AuthFailure.unauthorized(
                "the client certificate " + certificate.getSubjectX500Principal().getName()
                + " has no common name (CN) to name an operator"));
        LoginGuard.Result result = guard.certificate(login, "certificate " + certificate.getSubjectX500Principal().getName()
                + " from " + certificate.getIssuerX500Principal().getName(), ctx.ip());
        if (result instanceof LoginGuard.Refused) {
            throw AuthFailure.unauthorized("the client certificate names operator '" + login + "', which does not exist");
        }
        return result;
    }

    void current(Context ctx) {
        Principal principal = Access.principal(ctx);
        String csrf = sessions.find(ctx.cookie(Sessions.COOKIE)).map(Sessions.Session::csrfToken).orElse(null);
        ctx.json(answer(principal.login(), principal.role().id(), principal.departmentId(), csrf));
    }

    void logout(Context ctx) {
        Principal principal = Access.principal(ctx);
        if (principal.via() != Principal.Via.SESSION) {
            throw AuthFailure.forbidden("only a browser session can log out; API tokens are revoked instead");
        }
        sessions.close(ctx.cookie(Sessions.COOKIE));
        ctx.removeCookie(Sessions.COOKIE, "/");
        audit.record(principal.login(), "logout", null, ctx.ip());
        ctx.status(204);
    }

    private static Map<String, Object> answer(String login, String role, Integer departmentId, String csrf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("role", role);
        body.put("departmentId", departmentId);
        body.put("csrfToken", csrf);
        return body;
    }
}
