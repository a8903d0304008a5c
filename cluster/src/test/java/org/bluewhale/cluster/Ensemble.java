package org.bluewhale.cluster;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.bluewhale.core.testing.FaultProxy;

/**
 * A real three-server ZooKeeper ensemble in this process (Curator's TestingCluster) with a short
 * tick, so sessions may be as short as a test wants (ZooKeeper allows 2 to 20 ticks), and proxies
 * in front of it for a node whose network a test cuts.
 */
final class Ensemble implements AutoCloseable {

    static final Duration SESSION = Duration.ofSeconds(3);
    private static final int TICK_MS = 200;

    private final TestingCluster servers;
    private final List<FaultProxy> proxies = new ArrayList<>();

    Ensemble() throws Exception {
        List<InstanceSpec> specs = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            specs.add(new InstanceSpec(null, -1, -1, -1, true, id, TICK_MS, -1));
        }
        servers = new TestingCluster(specs);
        servers.start();
    }

    TestingCluster servers() {
        return servers;
    }

    /** Settings of a node connected straight to the ensemble. */
    ClusterSettings node(String nodeId) {
        return new ClusterSettings(servers.getConnectString(), "room-1", nodeId, SESSION);
    }

    /** Settings of a node that reaches each server through its own proxy, which {@code cut} breaks. */
    ClusterSettings proxiedNode(String nodeId, List<FaultProxy> cut) throws IOException {
        List<String> hosts = new ArrayList<>();
        for (InstanceSpec spec : servers.getInstances()) {
            FaultProxy proxy = FaultProxy.to(spec.getPort());
            cut.add(proxy);
            proxies.add(proxy);
            hosts.add("127.0.0.1:" + proxy.port());
        }
        return new ClusterSettings(hosts.stream().collect(Collectors.joining(",")), "room-1", nodeId, SESSION);
    }

    @Override
    public void close() throws Exception {
        for (FaultProxy proxy : proxies) {
            proxy.close();
        }
        servers.close();
    }
}
