package org.bluewhale.web.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks HTTP Basic credentials through the {@link LoginGuard} (so they count towards the lockout).
 * A PBKDF2 check costs a few hundred milliseconds by design, so a successful check is remembered
 * for a few minutes (keyed by a SHA-256 of the header, never the password itself) to let scripts
 * poll the API.
 */
public final class BasicAuthenticator {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final LoginGuard guard;
    private final Clock clock;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    public BasicAuthenticator(LoginGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The login the Authorization header proves; empty when it is not HTTP Basic.
     *
     * @throws AuthFailure when the credentials are wrong or the account is locked
     */
    public Optional<String> authenticate(String authorizationHeader, String remote) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AuthFailure.unauthorized("the Basic credentials are not base64 of login:password");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw AuthFailure.unauthorized("the Basic credentials are not base64 of login:password");
        }
        String login = decoded.substring(0, colon);
        String cacheKey = Digests.sha256Hex(authorizationHeader);
        long now = clock.millis();
        Long until = verified.get(cacheKey);
        if (until != null && until > now) {
            return Optional.of(login);
        }
        LoginGuard.Result result = guard.attempt(login, decoded.substring(colon + 1), "basic", remote);
        if (result instanceof LoginGuard.Accepted accepted) {
            verified.put(cacheKey, now + REMEMBER.toMillis());
            return Optional.of(accepted.operator().login());
        }
        throw guard.refusal(result);
    }

    /** Forgets remembered checks of every operator (after a password change or lock). */
    public void forgetAll() {
        verified.clear();
    }
}
