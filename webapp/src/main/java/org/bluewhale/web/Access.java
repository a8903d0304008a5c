package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.bluewhale.web.auth.Anyone;
import org.bluewhale.web.auth.AuthFailure;
import org.bluewhale.web.auth.Digests;
import org.bluewhale.web.auth.Authenticator;
import org.bluewhale.web.auth.Principal;
import org.bluewhale.web.auth.Sessions;

/**
 * Runs before every matched route (the UI's static files excepted): refuses cross-site requests
 * that change something, finds the principal, checks its role against the roles the route names (a route naming none is closed
 * to all), and checks the CSRF token of browser sessions on every method but GET, HEAD and OPTIONS.
 */
final class Access {

    private static final String PRINCIPAL = "bluewhale.principal";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Authenticator authenticator;

    Access(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void check(Context ctx) {
        boolean unsafe = !SAFE.contains(ctx.method());
        if (unsafe) {
            refuseCrossSite(ctx);
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Anyone.ANYONE) || isStaticFile(ctx)) {
            return;
        }
        Principal principal = authenticator.authenticate(ctx).orElseThrow(() -> AuthFailure.unauthorized(
                "log in (POST /api/v1/session), or send HTTP Basic credentials or an API token "
                        + "(Authorization: Bearer bw_...); the first start writes the admin password to "
                        + "DATA/initial-admin-password"));
        if (!roles.contains(principal.role())) {
            throw AuthFailure.forbidden("the role " + principal.role().id() + " may not " + ctx.method() + " "
                    + ctx.path());
        }
        if (unsafe && principal.via() == Principal.Via.SESSION) {
            Optional<Sessions.Session> session = authenticator.sessions().find(ctx.cookie(Sessions.COOKIE));
            if (session.isEmpty() || !Digests.sameSecret(session.get().csrfToken(), ctx.header(Sessions.CSRF_HEADER))) {
                throw AuthFailure.forbidden("the " + Sessions.CSRF_HEADER + " header is missing or wrong; send the "
                        + "csrfToken the login (or GET /api/v1/session) answered");
            }
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    /** host[:port] of an Origin header, or null when it has none ("null", malformed). */
    private static String authorityOf(String origin) {
        try {
            return URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The UI's own files hold no data: the page must load before anyone logs in. */
    private static boolean isStaticFile(Context ctx) {
        return !ctx.path().startsWith("/api/") && !ctx.path().equals("/metrics");
    }

    /** The principal {@link #check} found; only on routes that are not open to anyone. */
    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal on " + ctx.path() + ": the route must name its roles");
        }
        return principal;
    }

    /** A page of another site may make a browser send a form here; such requests never change anything. */
    private static void refuseCrossSite(Context ctx) {
        if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            throw AuthFailure.forbidden("cross-site requests may not change anything");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !String.valueOf(authorityOf(origin)).equalsIgnoreCase(ctx.host())) {
            throw AuthFailure.forbidden("requests from origin " + origin + " may not change anything here");
        }
    }

}
