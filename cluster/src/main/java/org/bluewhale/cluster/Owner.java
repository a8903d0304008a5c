package org.bluewhale.cluster;

/**
 * The node that owns a PBX and the ownership epoch it was given. Every change of owner gives the
 * PBX a higher epoch than it ever had, which the database fence compares.
 */
public record Owner(String node, long epoch) {
}
