package org.bluewhale.store.org;

/** A trunk as a PBX names it in its records; {@code trunkGroupId} is null when ungrouped. */
public record Trunk(int id, int pbxId, String name, Integer trunkGroupId) {
}
