package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.cluster.ClusterSnapshot.PbxOwnership;
import org.bluewhale.core.cluster.OwnershipChange;
import org.bluewhale.core.cluster.SingleNodeStatus;
import org.junit.jupiter.api.Test;

/** The cluster's gauges and counter follow the status at each scrape. */
class ClusterMetricsTest {

    private static void assertHas(String scrape, String line) {
        assertTrue(scrape.contains(line + "\n"), line + " in\n" + scrape);
    }

    @Test
    void aSingleServerIsOneMemberLeadingAndOwningEveryPbx() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ClusterMetrics.register(registry, new SingleNodeStatus("bw-1", "default", List.of("hq", "branch")));

        String scrape = registry.scrape();
        assertHas(scrape, "bluewhale_cluster_members 1.0");
        assertHas(scrape, "bluewhale_cluster_owned_pbxs 2.0");
        assertHas(scrape, "bluewhale_cluster_leader 1.0");
        assertHas(scrape, "bluewhale_cluster_connected 1.0");
        assertHas(scrape, "bluewhale_cluster_ownership_changes_total{reason=\"NODE_LEFT\"} 0.0");
    }

    @Test
    void aFailoverCountsAndTheGaugesFollowTheNodesState() {
        PbxOwnership hq = new PbxOwnership("hq", "bw-1", 3);
        ClusterSnapshot before = new ClusterSnapshot("bw-1", "paris", true, true, List.of("bw-1", "bw-2", "bw-3"),
                "bw-2", List.of(hq, new PbxOwnership("cucm", "bw-3", 2)), List.of(), Map.of());
        AtomicReference<ClusterSnapshot> now = new AtomicReference<>(before);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ClusterMetrics.register(registry, now::get);
        String first = registry.scrape();
        assertHas(first, "bluewhale_cluster_members 3.0");
        assertHas(first, "bluewhale_cluster_owned_pbxs 1.0");
        assertHas(first, "bluewhale_cluster_leader 0.0");

        OwnershipChange failover = new OwnershipChange("cucm", "bw-3", "bw-1", 4, Instant.now(), ChangeReason.NODE_LEFT);
        now.set(new ClusterSnapshot("bw-1", "paris", true, true, List.of("bw-1", "bw-2"), "bw-1",
                List.of(hq, new PbxOwnership("cucm", "bw-1", 4)), List.of(failover), Map.of(ChangeReason.NODE_LEFT, 1L)));
        String second = registry.scrape();
        assertHas(second, "bluewhale_cluster_members 2.0");
        assertHas(second, "bluewhale_cluster_owned_pbxs 2.0");
        assertHas(second, "bluewhale_cluster_leader 1.0");
        assertHas(second, "bluewhale_cluster_ownership_changes_total{reason=\"NODE_LEFT\"} 1.0");
        assertHas(second, "bluewhale_cluster_ownership_changes_total{reason=\"NODE_JOINED\"} 0.0");

        now.set(new ClusterSnapshot("bw-1", "paris", true, false, List.of("bw-1", "bw-2"), "bw-1",
                List.of(hq, new PbxOwnership("cucm", "bw-1", 4)), List.of(failover), Map.of(ChangeReason.NODE_LEFT, 1L)));
        String cutOff = registry.scrape();
        assertHas(cutOff, "bluewhale_cluster_connected 0.0");
        assertHas(cutOff, "bluewhale_cluster_owned_pbxs 0.0");
        assertHas(cutOff, "bluewhale_cluster_leader 0.0");
    }
}
