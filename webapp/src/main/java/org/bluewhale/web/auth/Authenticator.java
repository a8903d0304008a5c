package org.bluewhale.web.auth;

import io.javalin.http.Context;
import java.util.Optional;
import org.bluewhale.store.org.ApiToken;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;

/**
 * Finds who a request acts as: the session cookie of a browser, else an API token
 * ({@code Authorization: Bearer bw_...}), else HTTP Basic. The operator is read afresh on every
 * request, so a changed role or a removed account takes effect at once.
 */
public final class Authenticator {

    private final OperatorRepository operators;
    private final Sessions sessions;
    private final ApiTokens tokens;
    private final BasicAuthenticator basic;

    public Authenticator(OperatorRepository operators, Sessions sessions, ApiTokens tokens, BasicAuthenticator basic) {
        this.operators = operators;
        this.sessions = sessions;
        this.tokens = tokens;
        this.basic = basic;
    }

    /**
     * The principal of the request, or empty when it carries no credentials at all.
     *
     * @throws AuthFailure when it carries credentials that are not valid
     */
    public Optional<Principal> authenticate(Context ctx) {
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(Sessions.COOKIE));
        if (session.isPresent()) {
            return Optional.of(principal(session.get().login(), Principal.Via.SESSION));
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ApiToken token = tokens.verify(authorization.substring(7).trim())
                    .orElseThrow(() -> AuthFailure.unauthorized("the API token is unknown or revoked"));
            return Optional.of(principal(token.operatorLogin(), Principal.Via.TOKEN));
        }
        return basic.authenticate(authorization, ctx.ip()).map(login -> principal(login, Principal.Via.BASIC));
    }

    private Principal principal(String login, Principal.Via via) {
        Operator operator = operators.find(login)
                .orElseThrow(() -> AuthFailure.unauthorized("operator " + login + " no longer exists"));
        Role role = Role.of(operator.role())
                .orElseThrow(() -> AuthFailure.forbidden("operator " + login + " has the unknown role '" + operator.role()
                        + "'; an administrator must give it one of administrator, billing-manager, "
                        + "department-manager, auditor"));
        return new Principal(login, role, operator.departmentId(), via);
    }

    public Sessions sessions() {
        return sessions;
    }
}
