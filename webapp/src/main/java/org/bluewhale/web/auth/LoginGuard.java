package org.bluewhale.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;

/**
 * Checks an operator's password, whatever carries it (the login form or HTTP Basic), and locks
 * the account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} failures in a row. While it is
 * locked even the right password is refused. Every outcome goes to the audit log.
 */
public final class LoginGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    /** The outcome of a login attempt. */
    public sealed interface Result {
    }

    /** The password was right. */
    public record Accepted(Operator operator) implements Result {
    }

    /** Unknown login or wrong password (the two are not told apart). */
    public record Refused() implements Result {
    }

    /** The account is locked until {@code until}. */
    public record Locked(Instant until) implements Result {
    }

    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Audit audit;
    private final Clock clock;
    /** Checked against for unknown logins, so they cost as much time as known ones. */
    private final String decoyHash;

    public LoginGuard(OperatorRepository operators, PasswordHasher hasher, Audit audit, Clock clock) {
        this.operators = operators;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash(Digests.randomSecret(16));
    }

    /** Checks {@code password} for {@code login}; {@code how} names the way in for the audit log. */
    public Result attempt(String login, String password, String how, String remote) {
        Optional<Operator> found = operators.find(login);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash);
        }
        Optional<Result> refused = unknownOrLocked(login, found, how, remote);
        if (refused.isPresent()) {
            return refused.get();
        }
        Operator operator = found.get();
        Instant now = clock.instant();
        if (!hasher.matches(password, operator.passwordHash())) {
            if (operators.countFailedLogin(login) >= MAX_FAILURES) {
                Instant until = now.plus(LOCK_TIME);
                operators.lockUntil(login, until);
                audit.record(login, "account-locked", how + ": " + MAX_FAILURES + " failed logins, locked until "
                        + until, remote);
                return new Locked(until);
            }
            audit.record(login, "login-failed", how + ": wrong password", remote);
            return new Refused();
        }
        if (operator.failedLogins() > 0 || !operator.lockedUntil().equals(Instant.EPOCH)) {
            operators.clearFailedLogins(login);
        }
        audit.record(login, "login", how, remote);
        return new Accepted(operator);
    }

    /**
     * Logs {@code login} in on a client certificate that TLS has verified against the configured
     * authorities: no password, but an unknown or locked account is refused the same way.
     */
    public Result certificate(String login, String how, String remote) {
        Optional<Operator> found = operators.find(login);
        Optional<Result> refused = unknownOrLocked(login, found, how, remote);
        if (refused.isPresent()) {
            return refused.get();
        }
        audit.record(login, "login", how, remote);
        return new Accepted(found.get());
    }

    private Optional<Result> unknownOrLocked(String login, Optional<Operator> found, String how, String remote) {
        if (found.isEmpty()) {
            audit.record(login, "login-failed", how + ": unknown login", remote);
            return Optional.of(new Refused());
        }
        Instant lockedUntil = found.get().lockedUntil();
        if (lockedUntil.isAfter(clock.instant())) {
            audit.record(login, "login-refused", how + ": locked until " + lockedUntil, remote);
            return Optional.of(new Locked(lockedUntil));
        }
        return Optional.empty();
    }

    /** The answer to a login attempt that was not accepted: 423 with Retry-After when locked, else 401. */
    public AuthFailure refusal(Result result) {
        if (result instanceof Locked locked) {
            return new AuthFailure(423, "the account is locked after " + MAX_FAILURES + " failed logins until "
                    + locked.until() + "; try again then, or ask an administrator to unlock it",
                    Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds()));
        }
        return AuthFailure.unauthorized("wrong login or password");
    }
}
