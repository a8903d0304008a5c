package org.bluewhale.store.org;

import java.time.Instant;

/**
 * Someone who logs in to the web UI; the hash is computed and checked by the webapp.
 *
 * @param departmentId the department (with its subtree) a department manager sees; null otherwise
 * @param failedLogins failed logins since the last success
 * @param lockedUntil  logins are refused before this instant ({@link Instant#EPOCH} when not locked)
 */
public record Operator(String login, String passwordHash, String role, Instant createdAt, Integer departmentId,
                       int failedLogins, Instant lockedUntil) {

    /** A new operator: no department, never failed, not locked. */
    public Operator(String login, String passwordHash, String role, Instant createdAt) {
        this(login, passwordHash, role, createdAt, null, 0, Instant.EPOCH);
    }
}
