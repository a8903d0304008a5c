package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.AuthFailure;
import org.bluewhale.web.auth.LoginGuard;
import org.bluewhale.web.auth.Principal;
import org.bluewhale.web.auth.Sessions;

/**
 * The browser login: {@code POST /api/v1/session} with {@code {"login", "password"}} sets the
 * session cookie and answers the CSRF token; {@code GET} tells who is logged in (and the token
 * again, after a reload); {@code DELETE} logs out.
 */
final class SessionResource {

    record Credentials(String login, String password) {
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
        if (credentials.login() == null || credentials.password() == null) {
            throw new BadRequest("send {\"login\": ..., \"password\": ...}");
        }
        LoginGuard.Result result = guard.attempt(credentials.login(), credentials.password(), "session", ctx.ip());
        if (!(result instanceof LoginGuard.Accepted accepted)) {
            throw guard.refusal(result);
        }
        Sessions.Session session = sessions.open(accepted.operator().login());
        ctx.cookie(new Cookie(Sessions.COOKIE, session.id(), "/", -1, secureCookie, 0, true, null, null, SameSite.STRICT));
        ctx.status(201).json(answer(accepted.operator().login(), accepted.operator().role(),
                accepted.operator().departmentId(), session.csrfToken()));
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
