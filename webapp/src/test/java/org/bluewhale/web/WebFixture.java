package org.bluewhale.web;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.bluewhale.connectors.tcp.TcpEventLoops;
import org.bluewhale.connectors.tcp.TcpListenConfig;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.cluster.ClusterSnapshot.PbxOwnership;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.cluster.OwnershipChange;
import org.bluewhale.core.cluster.SingleNodeStatus;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.RatingModel;
import org.bluewhale.rating.SwappableRater;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.store.Database;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.live.LiveFeed;
import org.bluewhale.web.tls.HttpsSettings;

/**
 * A real API server on an embedded database with a small company: Sales (with Export below it)
 * and Support, one user each on extensions 2001 (Export), 2002 (Sales) and 3001 (Support), calls
 * from each, and one operator per role.
 */
final class WebFixture implements AutoCloseable {

    static final String PASSWORD = "Correct-Horse-42";
    static final Instant DAY = Instant.parse("2026-11-24T01:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Currency CNY = Currency.getInstance("CNY");

    final Database db;
    final TestClock clock = new TestClock(DAY.plusSeconds(12 * 3600));
    final ApiServer server;
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final WebSettings settings;
    final Department sales;
    final Department export;
    final Department support;
    final List<RatedCall> calls = new ArrayList<>();
    final LiveFeed live = new LiveFeed();
    /** What {@code /api/v1/health} answers; a test sets another state (the main database down) and back. */
    final AtomicReference<Map<String, Object>> health = new AtomicReference<>();
    /** What {@code /api/v1/remote-units} lists; none until a test sets some. */
    final AtomicReference<List<Map<String, Object>>> remoteUnits = new AtomicReference<>(List.of());
    /** What {@code /api/v1/cluster} reports: a single server owning PBX hq until a test sets a clustered one. */
    final AtomicReference<ClusterStatus> cluster = new AtomicReference<>(singleNode());
    /** The rating model the tariff editor changes: the built-in demo model, as a file. */
    final Path ratingModel;
    private final Path rawDump;
    /** PBX hotel's own layout file (pbx.hotel.layout): the fixed-width {@link #HOTEL_LAYOUT}. */
    final Path hotelLayout;
    static final String HOTEL_LAYOUT = """
            { "name": "hotel-fixed", "kind": "fixed",
              "fields": { "start": "0-16", "duration": "17-22", "calling": "23-27", "dialed": "28-36" },
              "formats": { "start": "dd/MM/yyyy HH:mm" } }
            """;
    final SwappableRater rater;
    /** PBX hq's connector: a real TCP listener on an ephemeral port, journaling what it receives. */
    final ConcurrentMap<String, Connector> connectors = new ConcurrentHashMap<>();
    private final Journal journal;
    private final EventLoopGroup loops = TcpEventLoops.newGroup(1);

    WebFixture(Path dataDir) {
        this(dataDir, new WebSettings(1_000, 1_000, null));
    }

    WebFixture(Path dataDir, WebSettings settings) {
        db = Database.open("jdbc:h2:file:" + dataDir.resolve("db/bluewhale"), "sa", "");
        sales = db.orgRepository().addDepartment("Sales", null);
        export = db.orgRepository().addDepartment("Export", sales.id());
        support = db.orgRepository().addDepartment("Support", null);
        AppUser alice = db.orgRepository().addUser("Alice", export.id());
        AppUser bob = db.orgRepository().addUser("Bob", sales.id());
        AppUser carol = db.orgRepository().addUser("Carol", support.id());
        db.orgRepository().assignExtension("2001", alice.id(), Instant.EPOCH);
        db.orgRepository().assignExtension("2002", bob.id(), Instant.EPOCH);
        db.orgRepository().assignExtension("3001", carol.id(), Instant.EPOCH);
        this.settings = settings;
        for (Map.Entry<String, String> op : Map.of("admin", "administrator", "billing", "billing-manager",
                "auditor", "auditor").entrySet()) {
            db.operatorRepository().create(op.getKey(), hasher.hash(PASSWORD), op.getValue());
        }
        db.operatorRepository().create("sales-mgr", hasher.hash(PASSWORD), "department-manager", sales.id());
        db.operatorRepository().create("support-mgr", hasher.hash(PASSWORD), "department-manager", support.id());

        db.cdrStore().registerPbx(new PbxDescriptor("hq", "hq", "avaya-unformatted", SHANGHAI));
        String[] callers = {"2001", "2002", "3001", "2001", "3001", "2002"};
        for (int i = 0; i < callers.length; i++) {
            calls.add(call(i + 1, callers[i], DAY.plusSeconds(600L * i), i % 2 == 0 ? CallClass.LOCAL : CallClass.MOBILE));
        }
        db.cdrStore().write(new StoreBatch(calls, List.of(), calls.size()));
        journal = Journal.open(JournalConfig.defaults(dataDir.resolve("journal")).withSegmentBytes(1 << 20), () -> 0L);
        Connector hq = listener();
        hq.start();
        connectors.put("hq", hq);
        ratingModel = demoModelFile(dataDir);
        rawDump = dataDir.resolve("rawdump");
        hotelLayout = write(dataDir.resolve("hotel.json"), HOTEL_LAYOUT);
        rater = new SwappableRater(engine(new TariffModelFile(ratingModel, m -> { }).change(doc -> { })));
        health.set(healthy());
        server = newServer();
    }

    /** The health of a server with everything working, as {@link #health} starts. */
    Map<String, Object> healthy() {
        return Map.of("status", "UP", "journal", Map.of("lag", 0),
                "database", Map.of("dialect", "h2", "writing", "ok"),
                "offline", Map.of("mode", "ONLINE", "backlogRecords", 0),
                "connectors", Map.of("hq", Map.of("state", "LISTENING", "records", calls.size())));
    }

    /**
     * Another API server over the same database, as after a restart: nothing in memory is shared
     * with the first. The caller closes it.
     */
    ApiServer newServer() {
        return new ApiServer(health::get, () -> "bluewhale_up 1\n", db, hasher, clock, settings, live, new BackupResource(db, Map::of))
                .withReports(db, ReportCatalogue.builtIn())
                .withReplay((from, to, pbx) -> 0) // a journal with nothing to replay: the route and its roles are what is tested here
                .withRawDump(new RawDumpFiles(rawDump))
                .withRating(db, rater::engine)
                .withRerating(db.rerateJobs(), id -> db.rerating(100).run(id, EngineRerater.over(rater.engine())))
                .withTariffs(new TariffModelFile(ratingModel, m -> rater.swap(engine(m))))
                .withConnectors(new ConnectorSwitch(connectors, pbx -> Optional.of(listener())))
                .withRemoteUnits(remoteUnits::get)
                .withLayouts(Map.of("hotel", hotelLayout))
                .withCluster(() -> cluster.get().snapshot())
                .start("127.0.0.1", 0);
    }

    static ClusterStatus singleNode() {
        return new SingleNodeStatus("bw-1", "default", List.of("hq"));
    }

    /** When node bw-3 of {@link #clustered} left and its PBX failed over to bw-2. */
    static final Instant FAILOVER_AT = Instant.parse("2026-11-24T09:15:00Z");

    /**
     * Node bw-1 of group paris, which leads, with bw-2 alive and bw-3 gone: bw-3's PBX cucm moved
     * to bw-2 at epoch 7 (a failover), after bw-2 had joined and taken hotel.
     */
    static ClusterStatus clustered() {
        ClusterSnapshot snapshot = new ClusterSnapshot("bw-1", "paris", true, true, List.of("bw-1", "bw-2"), "bw-1",
                List.of(new PbxOwnership("cucm", "bw-2", 7), new PbxOwnership("hotel", "bw-2", 5),
                        new PbxOwnership("hq", "bw-1", 1)),
                List.of(new OwnershipChange("cucm", "bw-3", "bw-2", 7, FAILOVER_AT, ChangeReason.NODE_LEFT),
                        new OwnershipChange("hotel", "bw-1", "bw-2", 5, FAILOVER_AT.minusSeconds(3600),
                                ChangeReason.NODE_JOINED)),
                Map.of(ChangeReason.NODE_LEFT, 1L, ChangeReason.NODE_JOINED, 1L));
        return () -> snapshot;
    }

    private Connector listener() {
        return new TcpListenConnector(TcpListenConfig.of("hq", 0).withBindAddress("127.0.0.1"), journal, loops);
    }

    private static RatingEngine engine(RatingModel model) {
        return new RatingEngine(model, pbx -> "hq", UsageLedger.inMemory());
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path demoModelFile(Path dataDir) {
        try (InputStream demo = ModelJson.class.getResourceAsStream("demo-model.json")) {
            Path file = Files.createDirectories(dataDir.resolve("rating")).resolve("model.json");
            Files.copy(demo, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rates an outgoing call from {@code calling} to {@code dialed} with the model in use, and stores it. */
    RatedCall rateAndStore(long sequence, String calling, String dialed, Instant start, int durationSeconds) {
        CallLeg leg = new CallLeg("hq", sequence, sequence, start, SHANGHAI, durationSeconds, 3, calling, dialed,
                Direction.OUTGOING, "", "", "", "", "T1", "", "", "", "", "", "");
        RatedCall rated = rater.rate(leg);
        db.cdrStore().write(new StoreBatch(List.of(rated), List.of(), sequence));
        return rated;
    }

    /**
     * Stores an outgoing call of extension 2001 with Cisco's correlation id and, in the same batch,
     * its quality reports: the phone's (MOS 4.2) and the gateway's (no metrics).
     */
    List<CallQuality> storeCallWithQuality(long sequence, Instant start) {
        String correlation = "StandAloneCluster:2:" + sequence;
        CallLeg leg = CallLeg.builder("hq", sequence, sequence, SHANGHAI).start(start).durationSeconds(42)
                .callingNumber("2001").dialedNumber("13912345678").direction(Direction.OUTGOING)
                .correlationId(correlation).build();
        RatedCall call = new RatedCall(leg, CallClass.MOBILE, 60, new Money(30, CNY), "CN-MOBILE");
        List<CallQuality> reports = List.of(
                new CallQuality("hq", sequence + 1, sequence + 1, correlation, "SEP0011AABB2001", "2001",
                        start.plusSeconds(42), 2100, 2095, 3, 7, 0,
                        CallQuality.metricsOf("MLQK=4.2000;CCR=0.0021;CS=1;SCS=0;MLQKvr=0.95")),
                new CallQuality("hq", sequence + 2, sequence + 2, correlation, "SH-PSTN-CUBE", "",
                        start.plusSeconds(43), 2095, 2100, 0, 4, 12, Map.of()));
        db.cdrStore().write(new StoreBatch(List.of(call), List.of(), reports, sequence + 2));
        return reports;
    }

    static WebFixture withHttps(Path dataDir, HttpsSettings https) {
        return new WebFixture(dataDir, new WebSettings(1_000, 1_000, https));
    }

    static RatedCall call(long sequence, String calling, Instant start, CallClass callClass) {
        int duration = 61 + (int) sequence;
        CallLeg leg = new CallLeg("hq", sequence, sequence, start, SHANGHAI, duration, 3, calling, "862161234567",
                Direction.OUTGOING, "", "", "", "", "T1", "", "", "", "", "", "");
        return new RatedCall(leg, callClass, 120, new Money(30 * sequence, CNY), "CN-" + callClass.name());
    }

    Http http() {
        return new Http("http://127.0.0.1:" + server.port());
    }

    /** Calling numbers of the calls {@code login} gets from the CDR list. */
    List<String> callersSeenBy(String login) {
        return http().basic(login, PASSWORD).get("/api/v1/cdrs").json().get("items").findValuesAsText("callingNumber");
    }

    @Override
    public void close() {
        server.close();
        connectors.values().forEach(Connector::close);
        loops.shutdownGracefully();
        journal.close();
        live.close();
        db.close();
    }
}
