package org.bluewhale.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.pipeline.PipelineStats;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.offline.FailoverCdrStore;

/**
 * Prometheus metrics of the data path, read from the same statistics as {@code /api/v1/health}
 * whenever Prometheus scrapes: journal positions and lag, records per stage, the offline database,
 * connector states, the cluster ({@link ClusterMetrics}).
 */
final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ServerMetrics(Engine engine, Map<String, Connector> connectors, ClusterStatus cluster) {
        journal(registry, engine);
        pipeline(registry, engine);
        offline(registry, engine);
        connectors.forEach((pbx, connector) -> connector(registry, pbx, connector));
        ClusterMetrics.register(registry, cluster);
    }

    /** The text exposition format Prometheus scrapes. */
    String scrape() {
        return registry.scrape();
    }

    private static void journal(MeterRegistry registry, Engine engine) {
        gauge(registry, "bluewhale.journal.written.position", "last journal position appended", engine,
                e -> e.journal().stats().writtenPosition());
        gauge(registry, "bluewhale.journal.committed.position", "journal position the database has reached", engine,
                e -> e.journal().stats().committedPosition());
        gauge(registry, "bluewhale.journal.lag.records", "records journaled but not yet in the database", engine,
                e -> e.journal().stats().lag());
        gauge(registry, "bluewhale.journal.bytes", "bytes of journal segments on disk", engine,
                e -> e.journal().stats().bytes());
        gauge(registry, "bluewhale.journal.accepting", "1 while connectors may read, 0 while the disk budget pauses them",
                engine, e -> e.journal().stats().accepting() ? 1 : 0);
        FunctionCounter.builder("bluewhale.journal.pauses", engine, e -> e.journal().stats().pauses())
                .description("times the disk budget paused the connectors").register(registry);
    }

    private static void pipeline(MeterRegistry registry, Engine engine) {
        counter(registry, "decoded", "records decoded into call legs", engine, PipelineStats::decoded);
        counter(registry, "skipped", "records that carry no call (headers, start records)", engine, PipelineStats::skipped);
        counter(registry, "quarantined", "records quarantined with a reason", engine, PipelineStats::quarantined);
        counter(registry, "stored", "rated calls committed to the database", engine, PipelineStats::stored);
        counter(registry, "quality", "call-quality reports (Cisco CMRs) committed to the database", engine,
                PipelineStats::qualityReports);
        gauge(registry, "bluewhale.pipeline.queued.batches", "batches waiting between stages", engine,
                e -> e.pipeline().stats().queued());
        gauge(registry, "bluewhale.pipeline.store.failing", "1 while database writes fail and are retried", engine,
                e -> e.pipeline().stats().storeError() == null ? 0 : 1);
    }

    private static void offline(MeterRegistry registry, Engine engine) {
        for (FailoverCdrStore.Mode mode : FailoverCdrStore.Mode.values()) {
            Gauge.builder("bluewhale.offline.mode", engine, e -> e.offline().mode() == mode ? 1 : 0)
                    .tag("mode", mode.name()).description("1 for where batches go now").register(registry);
        }
        gauge(registry, "bluewhale.offline.backlog.records", "records waiting in the offline database", engine,
                e -> e.offline().backlogRecords());
        gauge(registry, "bluewhale.offline.bytes", "size of the offline database files", engine,
                e -> e.offline().bytesOnDisk());
        FunctionCounter.builder("bluewhale.offline.drained.records", engine, e -> e.offline().drainedRecords())
                .description("records drained from the offline into the main database").register(registry);
    }

    private static void counter(MeterRegistry registry, String stage, String description, Engine engine,
                                ToLongFunction<PipelineStats> value) {
        FunctionCounter.builder("bluewhale.pipeline.records", engine, e -> value.applyAsLong(e.pipeline().stats()))
                .tag("outcome", stage).description(description).register(registry);
    }

    private static void connector(MeterRegistry registry, String pbx, Connector connector) {
        FunctionCounter.builder("bluewhale.connector.records", connector, c -> c.status().records())
                .tag("pbx", pbx).description("records received").register(registry);
        FunctionCounter.builder("bluewhale.connector.bytes", connector, c -> c.status().bytes())
                .tag("pbx", pbx).description("bytes of records received").register(registry);
        Gauge.builder("bluewhale.connector.last.record.seconds", connector,
                        c -> c.status().lastRecordAt() == null ? 0 : c.status().lastRecordAt().toEpochMilli() / 1000.0)
                .tag("pbx", pbx).description("Unix time of the last record received, 0 before the first")
                .register(registry);
        for (ConnectorStatus.State state : ConnectorStatus.State.values()) {
            Gauge.builder("bluewhale.connector.state", connector, c -> c.status().state() == state ? 1 : 0)
                    .tag("pbx", pbx).tag("state", state.name()).description("1 for the connector's current state")
                    .register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String name, String description, Engine engine,
                              ToDoubleFunction<Engine> value) {
        Gauge.builder(name, engine, value).description(description).register(registry);
    }
}
