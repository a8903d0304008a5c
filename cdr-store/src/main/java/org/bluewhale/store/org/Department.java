package org.bluewhale.store.org;

/** A department; {@code parentId} is null for a top-level one. */
public record Department(int id, Integer parentId, String name) {
}
