package org.bluewhale.core.cluster;

/**
 * What an operator sees of the server's cluster (the UI, {@code GET /api/v1/cluster} and
 * {@code /metrics}): read-only. A single server answers with {@link SingleNodeStatus}; a clustered
 * one with the view its ZooKeeper membership keeps (module {@code cluster}).
 */
public interface ClusterStatus {

    /** The state now; cheap enough to be called on every scrape. */
    ClusterSnapshot snapshot();
}
