package org.bluewhale.store.org;

import java.time.Instant;

/**
 * One line of the audit log: who did what to what, from where.
 *
 * @param id     assigned by the database (0 before it is written)
 * @param target what the action changed, or "" for none
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String remote) {
}
