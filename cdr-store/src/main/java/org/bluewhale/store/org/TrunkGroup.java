package org.bluewhale.store.org;

/** Trunks of a site that reach the same carrier or place, reported together. */
public record TrunkGroup(int id, int siteId, String name) {
}
