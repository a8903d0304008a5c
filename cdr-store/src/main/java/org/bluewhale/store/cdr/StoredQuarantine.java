package org.bluewhale.store.cdr;

import java.time.Instant;

/** One quarantined raw record as read back. */
public record StoredQuarantine(long key, String pbx, long sequence, long journalPosition, Instant receivedAt,
                               String reason, byte[] raw, boolean truncated) {
}
