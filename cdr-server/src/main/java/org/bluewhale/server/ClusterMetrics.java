package org.bluewhale.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.cluster.ClusterStatus;

/**
 * Prometheus metrics of the cluster, read from the same status as {@code /api/v1/cluster} on each
 * scrape: live members, the PBXs this node owns, whether it leads and is connected to ZooKeeper,
 * and the ownership changes it saw by reason ({@code reason="NODE_LEFT"} counts the failovers).
 */
final class ClusterMetrics {

    private ClusterMetrics() {
    }

    static void register(MeterRegistry registry, ClusterStatus status) {
        gauge(registry, "bluewhale.cluster.members", "live nodes of this node's group (1 on a single server)", status,
                s -> s.members().size());
        gauge(registry, "bluewhale.cluster.owned.pbxs", "PBXs this node owns now", status, ClusterSnapshot::ownedHere);
        gauge(registry, "bluewhale.cluster.leader", "1 while this node assigns the PBXs of its group", status,
                s -> s.leads() ? 1 : 0);
        gauge(registry, "bluewhale.cluster.connected", "1 while this node is connected to ZooKeeper (always on a "
                + "single server)", status, s -> s.connected() ? 1 : 0);
        for (ChangeReason reason : ChangeReason.values()) {
            FunctionCounter.builder("bluewhale.cluster.ownership.changes", status,
                            s -> s.snapshot().changeCounts().get(reason))
                    .tag("reason", reason.name())
                    .description("PBXs that changed owner since this node started; NODE_LEFT: failovers")
                    .register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String name, String description, ClusterStatus status,
                              ToDoubleFunction<ClusterSnapshot> value) {
        Gauge.builder(name, status, s -> value.applyAsDouble(s.snapshot())).description(description).register(registry);
    }
}
