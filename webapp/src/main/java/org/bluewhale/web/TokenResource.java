package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.store.org.ApiToken;
import org.bluewhale.web.auth.ApiTokens;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.Principal;
import org.bluewhale.web.auth.Role;

/**
 * API tokens for machines: {@code GET /api/v1/tokens} (one's own; an administrator sees all),
 * {@code POST} {@code {"name"}} (answers the secret, once), {@code DELETE /api/v1/tokens/{id}}
 * (one's own; an administrator any).
 */
final class TokenResource {

    record NewToken(String name) {
    }

    private final ApiTokens tokens;
    private final Audit audit;

    TokenResource(ApiTokens tokens, Audit audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    void list(Context ctx) {
        Principal principal = Access.principal(ctx);
        String owner = principal.role() == Role.ADMINISTRATOR ? null : principal.login();
        ctx.json(tokens.repository().list(owner).stream().map(TokenResource::json).toList());
    }

    void create(Context ctx) {
        Principal principal = Access.principal(ctx);
        NewToken body = Bodies.read(ctx, NewToken.class);
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw new BadRequest("name the token (1 to 100 characters), e.g. the machine that uses it");
        }
        ApiTokens.Created created = tokens.create(body.name().strip(), principal.login());
        audit.record(principal.login(), "token-created", "#" + created.token().id() + " " + created.token().name(), ctx.ip());
        Map<String, Object> answer = json(created.token());
        answer.put("token", created.secret());
        ctx.status(201).json(answer);
    }

    void revoke(Context ctx) {
        Principal principal = Access.principal(ctx);
        int id = QueryParams.pathInteger(ctx, "id");
        ApiToken token = tokens.repository().find(id)
                .filter(t -> principal.role() == Role.ADMINISTRATOR || t.operatorLogin().equals(principal.login()))
                .orElseThrow(() -> new NotFoundResponse("no API token #" + id + " of yours"));
        if (!tokens.repository().revoke(id, tokens.clock().instant())) {
            throw new Conflict("API token #" + id + " was revoked already");
        }
        audit.record(principal.login(), "token-revoked", "#" + id + " " + token.name(), ctx.ip());
        ctx.status(204);
    }

    private static Map<String, Object> json(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("operator", t.operatorLogin());
        m.put("createdAt", t.createdAt().toString());
        m.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
        return m;
    }
}
