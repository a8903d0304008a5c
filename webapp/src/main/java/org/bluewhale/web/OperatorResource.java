package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.AuthFailure;
import org.bluewhale.web.auth.BasicAuthenticator;
import org.bluewhale.web.auth.LoginGuard;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.auth.PasswordPolicy;
import org.bluewhale.web.auth.Principal;
import org.bluewhale.web.auth.Role;
import org.bluewhale.web.auth.Sessions;

/**
 * Operators: list ({@code GET /api/v1/operators}), create ({@code POST}), unlock a locked account
 * ({@code POST /api/v1/operators/{login}/unlock}) and change a password
 * ({@code PUT /api/v1/operators/{login}/password}: one's own with the current password, anyone's
 * as administrator). Every change is audited; a changed password ends the operator's sessions.
 */
final class OperatorResource {

    record NewOperator(String login, String password, String role, Integer departmentId) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final OperatorRepository operators;
    private final OrgRepository org;
    private final PasswordHasher hasher;
    private final LoginGuard guard;
    private final Sessions sessions;
    private final BasicAuthenticator basic;
    private final Audit audit;
    private final Clock clock;

    OperatorResource(OperatorRepository operators, OrgRepository org, PasswordHasher hasher, LoginGuard guard,
                     Sessions sessions, BasicAuthenticator basic, Audit audit, Clock clock) {
        this.operators = operators;
        this.org = org;
        this.hasher = hasher;
        this.guard = guard;
        this.sessions = sessions;
        this.basic = basic;
        this.audit = audit;
        this.clock = clock;
    }

    void list(Context ctx) {
        ctx.json(operators.list().stream().map(this::json).toList());
    }

    void create(Context ctx) {
        NewOperator body = Bodies.read(ctx, NewOperator.class);
        if (body.login() == null || !body.login().matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new BadRequest("login must be 1 to 64 letters, digits or . _ @ -");
        }
        Role role = Role.of(String.valueOf(body.role())).orElseThrow(() -> new BadRequest(
                "role must be one of administrator, billing-manager, department-manager, auditor"));
        if (role == Role.DEPARTMENT_MANAGER) {
            if (body.departmentId() == null || org.departments().stream().noneMatch(d -> d.id() == body.departmentId())) {
                throw new BadRequest("a department manager needs the departmentId of an existing department");
            }
        } else if (body.departmentId() != null) {
            throw new BadRequest("only a department manager has a departmentId");
        }
        PasswordPolicy.problem(body.login(), body.password()).ifPresent(p -> {
            throw new BadRequest(p);
        });
        if (operators.find(body.login()).isPresent()) {
            throw new Conflict("an operator " + body.login() + " exists already");
        }
        Operator created = operators.create(body.login(), hasher.hash(body.password()), role.id(), body.departmentId());
        audit.record(Access.principal(ctx).login(), "operator-created", created.login() + " as " + role.id(), ctx.ip());
        ctx.status(201).json(json(created));
    }

    void unlock(Context ctx) {
        String login = ctx.pathParam("login");
        if (!operators.clearFailedLogins(login)) {
            throw new NotFoundResponse("no operator " + login);
        }
        audit.record(Access.principal(ctx).login(), "operator-unlocked", login, ctx.ip());
        ctx.status(204);
    }

    void changePassword(Context ctx) {
        Principal principal = Access.principal(ctx);
        String login = ctx.pathParam("login");
        PasswordChange body = Bodies.read(ctx, PasswordChange.class);
        boolean own = principal.login().equals(login);
        if (!own && principal.role() != Role.ADMINISTRATOR) {
            throw AuthFailure.forbidden("only an administrator may change another operator's password");
        }
        if (operators.find(login).isEmpty()) {
            throw new NotFoundResponse("no operator " + login);
        }
        if (own) {
            LoginGuard.Result check = guard.attempt(login, String.valueOf(body.currentPassword()), "password-change",
                    ctx.ip());
            if (!(check instanceof LoginGuard.Accepted)) {
                throw guard.refusal(check);
            }
        }
        PasswordPolicy.problem(login, body.newPassword()).ifPresent(p -> {
            throw new BadRequest(p);
        });
        operators.updatePasswordHash(login, hasher.hash(body.newPassword()));
        sessions.closeAll(login);
        basic.forgetAll();
        audit.record(principal.login(), "password-changed", login, ctx.ip());
        ctx.status(204);
    }

    private Map<String, Object> json(Operator o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", o.login());
        m.put("role", o.role());
        m.put("departmentId", o.departmentId());
        m.put("createdAt", o.createdAt().toString());
        m.put("locked", o.lockedUntil().isAfter(clock.instant()));
        m.put("lockedUntil", o.lockedUntil().isAfter(clock.instant()) ? o.lockedUntil().toString() : null);
        return m;
    }
}
