package org.bluewhale.server;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.bluewhale.cluster.ClusterNode;
import org.bluewhale.cluster.ClusterNodeStatus;
import org.bluewhale.cluster.ClusterSettings;
import org.bluewhale.cluster.DatabaseClaims;
import org.bluewhale.cluster.OwnershipListener;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.cluster.ClusterStreams;
import org.bluewhale.core.cluster.StreamStart;
import org.bluewhale.core.cluster.TailAlignment;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.spi.StreamProgress;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.store.fence.EpochFence;
import org.bluewhale.store.fence.PbxOwnerTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine as a node of a cluster (docs/cluster.md): its membership in ZooKeeper, the fence its
 * batches pass, and which PBXs its pipeline processes. Created only with {@code cluster.zookeeper}.
 */
final class ClusterRole implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterRole.class);
    /** Transports whose PBX sends one stream to every node of its group: this node numbers their records. */
    private static final Set<String> STREAMS = Set.of("tcp-listen", "tcp-client", "serial");
    /** Transports we initiate: they run only on the PBX's owner. */
    static final Set<String> INITIATED = Set.of("tcp-client", "serial", "ftp-pull");
    /** How long a copy of a stream that lags behind the previous owner's may take to show the stored tail. */
    private static final long ALIGN_PATIENCE_MS = 2_000;

    private final ClusterSettings settings;
    private final Set<String> pbxIds = new TreeSet<>();
    private final ClusterStreams streams;
    private final OwnershipFanOut listeners = new OwnershipFanOut();
    private final ClusterNodeStatus status;
    private volatile ClusterNode node; // null until joined

    private ClusterRole(ClusterSettings settings, Config config) {
        this.settings = settings;
        this.status = new ClusterNodeStatus(settings);
        Set<String> numbered = new TreeSet<>();
        for (PbxSettings pbx : PbxSettings.all(config)) {
            pbxIds.add(pbx.descriptor().id());
            if (STREAMS.contains(pbx.transport())) {
                numbered.add(pbx.descriptor().id());
            }
        }
        this.streams = new ClusterStreams(numbered::contains);
    }

    /** The node's role, or null when {@code cluster.zookeeper} is not set (a single server). */
    static ClusterRole of(Config config) {
        String zookeeper = config.get(ServerKeys.CLUSTER_ZOOKEEPER);
        if (zookeeper.isBlank()) {
            return null;
        }
        try {
            return new ClusterRole(new ClusterSettings(zookeeper, config.get(ServerKeys.CLUSTER_GROUP),
                    config.get(ServerKeys.CLUSTER_NODE_ID), config.get(ServerKeys.CLUSTER_SESSION_TIMEOUT)), config);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    String nodeId() {
        return settings.nodeId();
    }

    /** The fence of this node's batches: the epochs it holds, and where each of its streams stands. */
    EpochFence fence() {
        return new EpochFence(settings.nodeId(), this::heldEpoch, streams::progressAt);
    }

    /** What the pipeline processes: the records of the PBXs this node owns. */
    ClusterStreams streams() {
        return streams;
    }

    private OptionalLong heldEpoch(String pbxId) {
        ClusterNode joined = node;
        return joined == null ? OptionalLong.empty() : joined.heldEpoch(pbxId);
    }

    /** Joins the group: from now on the PBXs this node is given are claimed and processed. */
    void join(Journal journal, PbxOwnerTable owners) throws InterruptedException {
        listeners.add(new OwnershipListener() {
            @Override
            public void gained(String pbxId, long epoch) {
                streams.take(pbxId, startOf(journal, owners, pbxId));
            }

            @Override
            public void lost(String pbxId) {
                streams.drop(pbxId);
            }
        });
        node = ClusterNode.join(settings, pbxIds, new DatabaseClaims(owners, settings.nodeId(), listeners), status);
    }

    private StreamStart startOf(Journal journal, PbxOwnerTable owners, String pbxId) {
        StreamStart start;
        if (!streams.numbers(pbxId)) {
            start = new StreamStart(0, 0, List.of(), "its records keep their sender's sequences: its whole journal");
        } else {
            StreamProgress stored = owners.progress(pbxId);
            try {
                start = TailAlignment.align(journal, pbxId, stored, ALIGN_PATIENCE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while aligning PBX " + pbxId, e);
            }
        }
        log.info("node {} processes PBX {} after journal position {}, next sequence {}: {}", settings.nodeId(),
                pbxId, start.cursor(), start.nextSeq(), start.how());
        return start;
    }

    /** Tells {@code listener} of every PBX this node gains or loses, starting with those it owns now. */
    void onOwnership(OwnershipListener listener) {
        listeners.add(listener);
    }

    /** What the node sees of its group: members, leader, owners, ownership changes. */
    ClusterStatus status() {
        return status;
    }

    /** Leaves the group: the other nodes take this node's PBXs over at once. */
    @Override
    public void close() {
        ClusterNode joined = node;
        if (joined != null) {
            joined.close();
        }
    }
}
