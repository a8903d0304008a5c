package org.bluewhale.server;

import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bluewhale.cluster.OwnershipListener;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.connectors.tcp.TcpEventLoops;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.cluster.SingleNodeStatus;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.JournalReplay;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.rating.RerateService;
import org.bluewhale.server.demo.DemoTraffic;
import org.bluewhale.web.ApiServer;
import org.bluewhale.web.ConnectorSwitch;
import org.bluewhale.web.TariffModelFile;
import org.bluewhale.web.BackupResource;
import org.bluewhale.web.auth.AdminBootstrap;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.live.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: the engine (journal, pipeline, database) plus the connectors that feed
 * the journal, the HTTP API, and in demo mode the simulated PBX. Stops in reverse order.
 */
public final class BluewhaleServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BluewhaleServer.class);

    private final Engine engine;
    private final EventLoopGroup loops = TcpEventLoops.newGroup();
    private final ConcurrentMap<String, Connector> connectors = new ConcurrentSkipListMap<>();
    private final Map<String, PbxSettings> pbxs = new LinkedHashMap<>();
    private ConnectorContext context;
    private PushInboxes inboxes;
    private ApiServer api;
    private ReportSchedules reportSchedules;
    private RerateService rerates;
    private final LiveFeed live = new LiveFeed();
    private DemoTraffic demo;
    private final RemoteUnitWatch remoteUnits = new RemoteUnitWatch(Clock.systemUTC());
    private final ScheduledExecutorService watchTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "remote-unit-watch");
        t.setDaemon(true);
        return t;
    });

    private BluewhaleServer(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param httpPort the API port, or null for the configured one
     */
    public static BluewhaleServer start(Path dataDir, Config configured, Integer httpPort, boolean demo) {
        Config config = demo ? DemoSetup.apply(configured) : configured;
        if (httpPort != null) {
            config = config.with(ServerKeys.HTTP_PORT.name(), httpPort.toString());
        }
        BluewhaleServer server = new BluewhaleServer(Engine.start(dataDir, config));
        try {
            server.startConnectors();
            server.watchRemoteUnits();
            server.startApi();
            if (demo) {
                TcpListenConnector listener = (TcpListenConnector) server.connectors.get(DemoSetup.PBX);
                server.demo = DemoTraffic.start(server.engine.database().orgRepository(), listener.boundPort());
            }
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void startConnectors() {
        Config config = engine.config();
        FileImports files = new FileImports(engine.journal(),
                FileFrames.framing(pbx -> config.get(ServerKeys.PBX_MAX_RECORD.forId(pbx))));
        List<PbxSettings> pbxs = PbxSettings.all(config);
        inboxes = PushInboxes.start(config, pbxs, engine.data().root());
        context = new ConnectorContext(engine.journal(), files, loops, engine.data().root(), inboxes);
        for (PbxSettings pbx : pbxs) {
            this.pbxs.put(pbx.descriptor().id(), pbx);
            if (engine.clustered() && ClusterRole.INITIATED.contains(pbx.transport())) {
                continue; // started on this node only while it owns the PBX
            }
            startConnector(pbx);
        }
        engine.onOwnership(new OwnershipListener() {
            @Override
            public void gained(String pbxId, long epoch) {
                PbxSettings pbx = BluewhaleServer.this.pbxs.get(pbxId);
                if (pbx != null && ClusterRole.INITIATED.contains(pbx.transport())) {
                    startConnector(pbx);
                }
            }

            @Override
            public void lost(String pbxId) {
                PbxSettings pbx = BluewhaleServer.this.pbxs.get(pbxId);
                Connector connector = pbx != null && ClusterRole.INITIATED.contains(pbx.transport())
                        ? connectors.remove(pbxId) : null;
                if (connector != null) {
                    connector.close();
                    log.info("PBX {}: {} stopped, another node owns the PBX now", pbxId, connector.name());
                }
            }
        });
    }

    private void startConnector(PbxSettings pbx) {
        pbx.connector(context).ifPresent(connector -> {
            connector.start();
            connectors.put(pbx.descriptor().id(), connector);
            remoteUnits.add(pbx, connector);
            log.info("PBX {} ({}): {}", pbx.descriptor().id(), pbx.descriptor().format(), connector.name());
        });
    }

    private void watchRemoteUnits() {
        if (!remoteUnits.isEmpty()) {
            long every = remoteUnits.checkEvery().toMillis();
            watchTimer.scheduleWithFixedDelay(remoteUnits::check, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** The layout file of each PBX configured with one, for the layouts screen. */
    private Map<String, Path> layoutFiles() {
        Map<String, Path> files = new TreeMap<>();
        PbxSettings.all(engine.config()).forEach(pbx -> pbx.layoutFile()
                .ifPresent(file -> files.put(pbx.descriptor().id(), file)));
        return files;
    }

    private void startApi() {
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.OWASP_ITERATIONS);
        AdminBootstrap.ensureAdmin(engine.database().operatorRepository(), hasher, engine.data().root());
        ClusterStatus cluster = clusterStatus();
        ServerMetrics metrics = new ServerMetrics(engine, connectors, cluster);
        engine.onStored(live);
        ReportCatalogue reports = ReportCatalogue.withPlugins(engine.data().root().resolve("plugins"));
        rerates = new RerateService(engine.database().rerateJobs(),
                engine.database().rerating(RerateService.BATCH_SIZE), engine.rater()::engine);
        reportSchedules = ReportSchedules.start(engine.config(), new ReportService(engine.database(), reports),
                engine.data().root(), Clock.systemUTC());
        api = new ApiServer(this::health, metrics::scrape, engine.database(), hasher, Clock.systemUTC(),
                WebConfig.settings(engine.config()), live,
                new BackupResource(engine.database(), () -> DataDirectory.configFiles(engine.data().root(), null)))
                .withReports(engine.database(), reports)
                .withReplay((from, to, pbx) -> JournalReplay.replay(engine.journal(), from, to, pbx).records())
                .withRawDump(engine.rawDumpFiles())
                .withRating(engine.database(), engine.rater()::engine)
                .withRerating(engine.database().rerateJobs(), rerates::start)
                .withConnectors(new ConnectorSwitch(connectors,
                        pbx -> Optional.ofNullable(pbxs.get(pbx)).flatMap(settings -> settings.connector(context))))
                .withTariffs(engine.ratingModelFile() == null ? null
                        : new TariffModelFile(engine.ratingModelFile(), engine::useRatingModel))
                .withRemoteUnits(remoteUnits::units)
                .withLayouts(layoutFiles())
                .withCluster(cluster)
                .start(engine.config().get(ServerKeys.HTTP_BIND), engine.config().get(ServerKeys.HTTP_PORT));
        log.info("Bluewhale is up: http://localhost:{}/api/v1/health, data in {}", api.port(),
                engine.data().root().toAbsolutePath());
    }

    /**
     * What the cluster screen, {@code /api/v1/cluster} and the {@code bluewhale_cluster_*} metrics
     * show: a cluster node's view of its group, or a single server owning every configured PBX.
     */
    private ClusterStatus clusterStatus() {
        if (engine.clustered()) {
            return engine.clusterStatus();
        }
        String nodeId = engine.config().get(ServerKeys.CLUSTER_NODE_ID);
        return new SingleNodeStatus(nodeId.isBlank() ? hostName() : nodeId, engine.config().get(ServerKeys.CLUSTER_GROUP),
                pbxs.keySet());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) { // a host without a resolvable name: the node is still this one
            return "localhost";
        }
    }

    /** The state an operator or a monitor needs at a glance. */
    Map<String, Object> health() {
        Map<String, Object> report = HealthReport.of(engine, connectors);
        if (!remoteUnits.isEmpty()) {
            report.put("remoteUnits", remoteUnits.units());
        }
        return report;
    }

    public Engine engine() {
        return engine;
    }

    public int httpPort() {
        return api.port();
    }

    public Connector connector(String pbxId) {
        return connectors.get(pbxId);
    }

    /** The embedded FTP/SFTP servers of the push transports. */
    public PushInboxes inboxes() {
        return inboxes;
    }

    @Override
    public void close() {
        watchTimer.shutdownNow();
        List<AutoCloseable> parts = new ArrayList<>();
        parts.add(demo);
        parts.add(api);
        parts.add(reportSchedules);
        parts.add(rerates);
        parts.add(live);
        parts.addAll(connectors.values());
        parts.add(inboxes);
        parts.add(loops::shutdownGracefully);
        parts.add(engine);
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                log.warn("while stopping {}: {}", part, e.toString());
            }
        }
    }
}
