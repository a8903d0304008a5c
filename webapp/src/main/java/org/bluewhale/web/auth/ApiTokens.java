package org.bluewhale.web.auth;

import java.time.Clock;
import java.util.Optional;
import org.bluewhale.store.org.ApiToken;
import org.bluewhale.store.org.ApiTokenRepository;

/**
 * API tokens for machines: {@value #PREFIX} and 256 random bits, shown once when created; the
 * database keeps only their SHA-256. A token acts as the operator who created it.
 */
public final class ApiTokens {

    public static final String PREFIX = "bw_";

    /** A new token and its secret, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    private final ApiTokenRepository repository;
    private final Clock clock;

    public ApiTokens(ApiTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Created create(String name, String operatorLogin) {
        String secret = PREFIX + Digests.randomSecret(32);
        return new Created(repository.create(name, operatorLogin, Digests.sha256Hex(secret), clock.instant()), secret);
    }

    /** The valid token with this secret. */
    public Optional<ApiToken> verify(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return repository.findActive(Digests.sha256Hex(secret));
    }

    public ApiTokenRepository repository() {
        return repository;
    }

    public Clock clock() {
        return clock;
    }
}
