-- Record identity across the nodes of a cluster (docs/cluster.md): where the owner of a PBX stopped
-- storing the stream the PBX sends to every node, written in the same transaction as each batch, so
-- a node that takes the PBX over finds the same place in its own copy and numbers on from there.
ALTER TABLE pbx_owner ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;      -- stream sequence of the last stored record
ALTER TABLE pbx_owner ADD COLUMN node_pos BIGINT NOT NULL DEFAULT 0;      -- the owner's journal position it stands at
ALTER TABLE pbx_owner ADD COLUMN tail VARCHAR(600) NOT NULL DEFAULT '';   -- digests of the last 32 stored records
ALTER TABLE pbx_owner ADD COLUMN tail_time BIGINT NOT NULL DEFAULT 0;     -- when the owner received the last of them (epoch ms)
