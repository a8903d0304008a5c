-- The journal position each node of a cluster has committed (docs/cluster.md): every node has a
-- journal of its own, so one pipeline_state row would be overwritten by the others. Empty on a
-- single server, which keeps using pipeline_state.
CREATE TABLE node_position (
    node          VARCHAR(128) NOT NULL PRIMARY KEY, -- cluster.node-id
    committed_pos BIGINT       NOT NULL              -- only moves forward
);
