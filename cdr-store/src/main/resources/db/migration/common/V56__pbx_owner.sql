-- Fencing for a cluster of servers (docs/cluster.md): the node that owns each PBX and the
-- ownership epoch it was given through ZooKeeper. A new owner raises the epoch before it writes;
-- every batch of a clustered node checks, in its own transaction, that the epoch it holds is
-- still the row's, so a deposed owner (paused, partitioned) can no longer write. Empty and never
-- read on a single server.
CREATE TABLE pbx_owner (
    pbx   VARCHAR(64)  NOT NULL PRIMARY KEY, -- the PbxDescriptor id (pbx.name)
    node  VARCHAR(128) NOT NULL,             -- cluster.node-id of the owner
    epoch BIGINT       NOT NULL              -- only ever grows
);
