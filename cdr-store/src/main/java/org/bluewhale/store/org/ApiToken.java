package org.bluewhale.store.org;

import java.time.Instant;

/**
 * A machine's credential, acting as operator {@code operatorLogin}; only the secret's hash is kept.
 *
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiToken(int id, String name, String operatorLogin, String tokenHash, Instant createdAt,
                       Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
