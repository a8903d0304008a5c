package org.bluewhale.store.org;

import java.time.Instant;

/** Extension {@code number} belongs to user {@code userId} from {@code validFrom} on. */
public record ExtensionAssignment(String number, int userId, Instant validFrom) {
}
