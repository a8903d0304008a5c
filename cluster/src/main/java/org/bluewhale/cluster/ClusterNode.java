package org.bluewhale.cluster;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.Participant;
import org.apache.curator.framework.recipes.nodes.PersistentNode;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.retry.BoundedExponentialBackoffRetry;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server as a member of its cluster group, through ZooKeeper (Apache Curator recipes).
 *
 * <p><b>How ownership is decided.</b> Every node of a group keeps an ephemeral znode
 * {@code /bluewhale/groups/<group>/members/<node-id>} for as long as its ZooKeeper session lives.
 * One node, elected with a {@link LeaderLatch} on {@code .../leader}, computes who owns which PBX
 * ({@link Balancer}: even shares, sticky, deterministic) whenever the members change, and
 * publishes the result in the persistent znode {@code .../ownership} ({@link Assignment}), written
 * only with a compare-and-set on the znode's version, so two nodes that both believe they lead
 * cannot overwrite each other: the loser re-reads and recomputes. Every node watches the group
 * ({@link CuratorCache}) and tells its {@link OwnershipListener} which PBXs it gained (with their
 * epoch) or lost. A PBX whose owner changes gets the group's next epoch, higher than any before;
 * the database fence ({@code pbx_owner}, docs/cluster.md) rejects batches of an older epoch.
 *
 * <p><b>Failover.</b> A node that dies or is cut off stops renewing its session; ZooKeeper ends it
 * after {@link ClusterSettings#sessionTimeout()}, which deletes its member znode, and the leader
 * (or a newly elected one, when the dead node led) moves its PBXs to the others. A node that loses
 * its connection to ZooKeeper (Curator's SUSPENDED) gives up all its PBXs at once, without waiting
 * to learn whether its session survives: it re-reads the assignment when reconnected. So the old
 * owner normally stops before the new one starts; the fence covers the cases where it does not
 * (a long GC or SIGSTOP pause).
 *
 * <p>The leader assigns the PBXs it was started with: every node of a group must be configured
 * with the same PBXs.
 *
 * <p>What the node reads of its group (members, leader, assignment) is also handed to an observer
 * as a {@link GroupView}, for the operator's view of the cluster ({@link ClusterNodeStatus}).
 */
public final class ClusterNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);
    /** After a failed refresh (ZooKeeper unreachable, the listener's claim failed), the next try. */
    private static final long RETRY_MS = 1_000;

    private final ClusterSettings settings;
    private final SortedSet<String> pbxIds;
    private final OwnershipListener listener;
    private final Consumer<GroupView> observer;
    private final String membersPath;
    private final String ownershipPath;
    private final CuratorFramework client;
    private final ScheduledExecutorService events;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private PersistentNode member;
    private volatile LeaderLatch latch;
    private volatile CuratorCache cache;
    private volatile Map<String, Long> held = Map.of();
    private volatile boolean connected = true;
    private volatile Assignment seen = Assignment.EMPTY;
    private volatile GroupView view = GroupView.NONE;

    private ClusterNode(ClusterSettings settings, Set<String> pbxIds, OwnershipListener listener,
                        Consumer<GroupView> observer) {
        for (String pbx : pbxIds) {
            if (!ClusterSettings.isName(pbx)) {
                throw new IllegalArgumentException("PBX id '" + pbx + "' cannot be shared in a cluster: "
                        + "use letters, digits, '.', '_' or '-'");
            }
        }
        this.settings = settings;
        this.pbxIds = new TreeSet<>(pbxIds);
        this.listener = listener;
        this.observer = observer;
        this.membersPath = settings.groupPath() + "/members";
        this.ownershipPath = settings.groupPath() + "/ownership";
        int sessionMs = (int) settings.sessionTimeout().toMillis();
        this.client = CuratorFrameworkFactory.builder()
                .connectString(settings.zookeeper())
                .sessionTimeoutMs(sessionMs)
                // a call made while ZooKeeper is unreachable gives up well within the session
                // timeout (3 tries of a quarter of it), so the cluster thread is free to tell the
                // listener of a suspension before another node can be given this node's PBXs
                .connectionTimeoutMs(Math.max(250, sessionMs / 4))
                .retryPolicy(new BoundedExponentialBackoffRetry(50, 100, 2))
                // connect where cluster.zookeeper says, not to the addresses the servers report of
                // themselves (which may be unreachable from here, behind NAT or a proxy)
                .ensembleTracker(false)
                .build();
        this.events = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-" + settings.nodeId());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Joins the group: connects to ZooKeeper, registers this node, takes part in the leader
     * election and starts following the assignment.
     *
     * @throws IllegalStateException when ZooKeeper cannot be reached within the session timeout
     */
    public static ClusterNode join(ClusterSettings settings, Set<String> pbxIds, OwnershipListener listener)
            throws InterruptedException {
        return join(settings, pbxIds, listener, view -> { });
    }

    /**
     * Joins the group as {@link #join(ClusterSettings, Set, OwnershipListener)} does, and hands
     * {@code observer} every {@link GroupView} the node reads, on the cluster thread, in order.
     */
    public static ClusterNode join(ClusterSettings settings, Set<String> pbxIds, OwnershipListener listener,
                                   Consumer<GroupView> observer) throws InterruptedException {
        ClusterNode node = new ClusterNode(settings, pbxIds, listener, observer);
        try {
            node.start();
            return node;
        } catch (RuntimeException | InterruptedException e) {
            node.close();
            throw e;
        }
    }

    private void start() throws InterruptedException {
        client.getConnectionStateListenable().addListener((c, state) -> connectionChanged(state));
        client.start();
        long timeoutMs = settings.sessionTimeout().toMillis();
        if (!client.blockUntilConnected((int) timeoutMs, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("cannot reach ZooKeeper at " + settings.zookeeper() + " within "
                    + settings.sessionTimeout());
        }
        member = new PersistentNode(client, CreateMode.EPHEMERAL, false, membersPath + "/" + settings.nodeId(),
                new byte[0]);
        member.start();
        if (!member.waitForInitialCreate(timeoutMs, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("cannot register node " + settings.nodeId() + " in ZooKeeper");
        }
        latch = new LeaderLatch(client, settings.groupPath() + "/leader", settings.nodeId());
        latch.addListener(new LeaderLatchListener() {
            @Override
            public void isLeader() {
                LOG.info("node {} leads cluster group {}: it assigns the PBXs", settings.nodeId(), settings.group());
                requestRefresh();
            }

            @Override
            public void notLeader() {
                LOG.info("node {} no longer leads cluster group {}", settings.nodeId(), settings.group());
            }
        });
        try {
            latch.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot join the leader election of group " + settings.group(), e);
        }
        cache = CuratorCache.build(client, settings.groupPath());
        cache.listenable().addListener(CuratorCacheListener.builder().forAll((type, before, after) -> requestRefresh())
                .build());
        cache.start();
        requestRefresh();
        LOG.info("node {} joined cluster group {} at {}", settings.nodeId(), settings.group(), settings.zookeeper());
    }

    /**
     * The ownership epoch this node holds for {@code pbxId}, empty when it does not own it now,
     * and empty from the moment the connection to ZooKeeper is lost (the listener hears of it
     * right after, on the cluster thread).
     */
    public OptionalLong heldEpoch(String pbxId) {
        Long epoch = held().get(pbxId);
        return epoch == null ? OptionalLong.empty() : OptionalLong.of(epoch);
    }

    /** The PBXs this node owns now, with their epochs. */
    public Map<String, Long> held() {
        return connected ? held : Map.of();
    }

    /** The group's assignment as this node last read it. */
    public Assignment assignment() {
        return seen;
    }

    /** The group as this node last read it. */
    public GroupView view() {
        return view;
    }

    public boolean isLeader() {
        return latch != null && latch.hasLeadership();
    }

    public String nodeId() {
        return settings.nodeId();
    }

    private void connectionChanged(ConnectionState state) {
        LOG.info("node {}: ZooKeeper connection {}", settings.nodeId(), state);
        if (state == ConnectionState.SUSPENDED || state == ConnectionState.LOST) {
            connected = false;
            onClusterThread(() -> {
                hold(Map.of()); // cannot know whether another node took over: stop now
                see(view.disconnected());
            });
        } else if (state.isConnected()) {
            connected = true;
            requestRefresh();
        }
    }

    /** Coalesces bursts of ZooKeeper events into one refresh on the cluster thread. */
    private void requestRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            onClusterThread(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    /** Runs on the cluster thread, unless the node is closing (Curator may still report events). */
    private void onClusterThread(Runnable task) {
        synchronized (events) {
            if (!events.isShutdown()) {
                events.execute(task);
            }
        }
    }

    private void refresh() {
        if (latch == null) {
            return; // still joining: start() refreshes once the latch is there
        }
        if (!client.getZookeeperClient().isConnected()) {
            return; // RECONNECTED brings us back
        }
        try {
            if (latch.hasLeadership()) {
                rebalance();
            }
            Stat stat = new Stat();
            Assignment assignment = Assignment.decode(readOwnership(stat));
            seen = assignment;
            Map<String, Long> mine = new HashMap<>();
            assignment.owners().forEach((pbx, owner) -> {
                if (owner.node().equals(settings.nodeId())) {
                    mine.put(pbx, owner.epoch());
                }
            });
            hold(mine);
            // after the listener heard of its PBXs: what the operator sees never delays a takeover
            see(readView(assignment, stat));
        } catch (Exception e) {
            LOG.warn("node {} could not follow the cluster state (retried in {} ms): {}", settings.nodeId(), RETRY_MS,
                    e.toString());
            events.schedule(this::requestRefresh, RETRY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Publishes a balanced assignment if the current one is not; retried when another write won. */
    private void rebalance() throws Exception {
        while (latch.hasLeadership()) {
            Stat stat = new Stat();
            byte[] data = readOwnership(stat);
            Assignment current = Assignment.decode(data);
            List<String> members = client.getChildren().forPath(membersPath);
            Assignment next = Balancer.balance(current, pbxIds, new TreeSet<>(members));
            if (next.equals(current)) {
                return;
            }
            try {
                if (data == null) {
                    client.create().creatingParentContainersIfNeeded().forPath(ownershipPath, next.encode());
                } else {
                    client.setData().withVersion(stat.getVersion()).forPath(ownershipPath, next.encode());
                }
                LOG.info("node {} assigned the PBXs of group {} over {}: {}", settings.nodeId(), settings.group(),
                        members, next.loads());
                return;
            } catch (KeeperException.BadVersionException | KeeperException.NodeExistsException e) {
                LOG.debug("the ownership record changed under us; computing again");
            }
        }
    }

    /** Members and leader read after the assignment, so a member whose loss moved PBXs is seen gone. */
    private GroupView readView(Assignment assignment, Stat stat) throws Exception {
        List<String> members = client.getChildren().forPath(membersPath);
        Participant leader = latch.getLeader();
        String leaderId = leader.isLeader() && !leader.getId().isEmpty() ? leader.getId() : null;
        return new GroupView(true, new TreeSet<>(members), leaderId, assignment,
                stat.getMtime() == 0 ? null : Instant.ofEpochMilli(stat.getMtime()));
    }

    private void see(GroupView next) {
        view = next;
        try {
            observer.accept(next);
        } catch (RuntimeException e) { // what the operator sees must not stop the node following its group
            LOG.warn("node {}: the observer of the group failed: {}", settings.nodeId(), e.toString());
        }
    }

    private byte[] readOwnership(Stat stat) throws Exception {
        try {
            return client.getData().storingStatIn(stat).forPath(ownershipPath);
        } catch (KeeperException.NoNodeException e) {
            return null;
        }
    }

    /** Tells the listener what changed between what this node held and {@code mine}, losses first. */
    private void hold(Map<String, Long> assigned) {
        Map<String, Long> mine = connected ? assigned : Map.of();
        Map<String, Long> now = new TreeMap<>(held);
        for (String pbx : new TreeSet<>(held.keySet())) {
            Long epoch = now.get(pbx);
            if (!epoch.equals(mine.get(pbx))) {
                now.remove(pbx);
                held = Map.copyOf(now); // before the listener runs: its batches must already fail the fence
                LOG.info("node {} lost PBX {} (epoch {})", settings.nodeId(), pbx, epoch);
                listener.lost(pbx);
            }
        }
        for (Map.Entry<String, Long> e : new TreeMap<>(mine).entrySet()) {
            if (!now.containsKey(e.getKey())) {
                now.put(e.getKey(), e.getValue());
                held = Map.copyOf(now);
                LOG.info("node {} owns PBX {} at epoch {}", settings.nodeId(), e.getKey(), e.getValue());
                try {
                    listener.gained(e.getKey(), e.getValue());
                } catch (RuntimeException failed) { // e.g. the database refused the claim: gain it again later
                    now.remove(e.getKey());
                    held = Map.copyOf(now);
                    throw failed;
                }
            }
        }
    }

    /** Leaves the group: its PBXs go to the other nodes at once (no session timeout to wait for). */
    @Override
    public void close() {
        for (AutoCloseable part : new AutoCloseable[] {cache, latch, member}) {
            closeQuietly(part);
        }
        client.close();
        synchronized (events) {
            events.execute(() -> hold(Map.of()));
            events.shutdown();
        }
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            LOG.debug("closing {} of node {}: {}", part.getClass().getSimpleName(), settings.nodeId(), e.toString());
        }
    }
}
