package org.bluewhale.store.org;

import java.time.Instant;

/** Someone who logs in to the web UI; the hash is computed and checked by the webapp. */
public record Operator(String login, String passwordHash, String role, Instant createdAt) {
}
