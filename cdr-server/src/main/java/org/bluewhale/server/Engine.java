package org.bluewhale.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.bluewhale.cep.CallCorrelator;
import org.bluewhale.cep.CorrelationConfig;
import org.bluewhale.cep.CorrelationStyle;
import org.bluewhale.cluster.OwnershipListener;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.pipeline.Pipeline;
import org.bluewhale.core.pipeline.PipelineConfig;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.rawdump.RawDumpPolicy;
import org.bluewhale.core.rawdump.RawDumpWriter;
import org.bluewhale.offline.FailoverCdrStore;
import org.bluewhale.offline.FailoverConfig;
import org.bluewhale.offline.OfflineDatabase;
import org.bluewhale.offline.OfflineStatus;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.RatingModel;
import org.bluewhale.rating.SwappableRater;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.web.EngineRerater;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.server.rating.RatingModelSource;
import org.bluewhale.server.rating.RatingModelWatcher;
import org.bluewhale.store.Database;
import org.bluewhale.store.StoreConfig;
import org.bluewhale.store.cdr.ChargeAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data path without any network: data directory, main database, raw journal, and the
 * pipeline that carries journaled records into the database. The server adds connectors and
 * HTTP around it; replay and the benchmarks use it as it is.
 */
public final class Engine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    private final DataDirectory data;
    private final Config config;
    private final Database database;
    private final FailoverCdrStore store;
    private final Journal journal;
    private final RawDumpFiles rawDumpFiles;
    private volatile RawDumpWriter rawDump; // null until started: the journal deletes nothing before
    private final PbxDirectory pbxs;
    private final CallCorrelator correlator;
    private final SwappableRater rater;
    private final RatingModelWatcher ratingWatcher; // null when the model is not a file
    private final Path ratingModelFile; // null when the model is not a file
    private final Consumer<RatingModel> useRatingModel;
    private final Pipeline pipeline;
    private final DailyDatabaseTasks daily;
    private final ObservedStore observed;
    private final ClusterRole cluster; // null on a single server

    /** How often the rating model's folder is checked for changes. */
    private static final long RATING_RELOAD_MILLIS = 2_000;

    private Engine(DataDirectory data, Config config, ClusterRole cluster) {
        this.data = data;
        this.config = config;
        ServerKeys.warnUnknown(config, log);
        DatabaseLogin login = DatabaseLogin.of(data.root(), config);
        this.cluster = cluster;
        this.database = cluster == null ? Database.open(login.url(), login.user(), login.password())
                : Database.openClustered(StoreConfig.of(login.url(), login.user(), login.password()), cluster.nodeId(),
                        cluster.fence());
        this.store = new FailoverCdrStore(database.cdrStore(), OfflineDatabase.open(data.offlineDatabase()),
                failoverConfig(config));
        // a segment goes only once the database has committed it and the raw dump has copied it
        this.journal = Journal.open(journalConfig(data.journal(), config), store::committedPosition,
                () -> rawDump == null ? 0 : Math.min(processedThrough(), rawDump.position()));
        this.rawDumpFiles = new RawDumpFiles(data.rawDump());
        this.pbxs = new PbxDirectory(RecordDecoders.discover(), database.cdrStore(), database.pbxRegistry().all());
        PbxSettings.all(config).forEach(pbx -> pbx.layout().ifPresentOrElse(layout -> pbxs.put(pbx.descriptor(), layout),
                () -> pbxs.put(pbx.descriptor())));
        PbxSettings.all(config).forEach(pbx -> correlationStyle(pbx.descriptor().id()));
        PbxSettings.all(config).forEach(pbx -> rawDumpPolicy(config, pbx.descriptor().id()));
        RatingModelSource ratingModel = new RatingModelSource(config.properties());
        UsageLedger usage = UsageLedger.inMemory();
        ChargeAllocator charges = database.chargeAllocator();
        charges.load(); // volume tiers per department count the first calls by it
        RatingEngine first = new RatingEngine(ratingModel.load(), pbxs::siteOf, usage, charges::departmentOf);
        EngineRerater.seedLiveUsage(first, database.cdrReader(), Instant.now()); // before any call is rated
        this.rater = new SwappableRater(first);
        this.useRatingModel = model -> rater.swap(new RatingEngine(model, pbxs::siteOf, usage, charges::departmentOf));
        this.ratingModelFile = ratingModel.file();
        this.ratingWatcher = ratingModelFile == null ? null
                : new RatingModelWatcher(ratingModel, useRatingModel, RATING_RELOAD_MILLIS);
        this.observed = new ObservedStore(store);
        this.correlator = new CallCorrelator(new CorrelationConfig(config.get(ServerKeys.CORRELATION_WINDOW),
                config.get(ServerKeys.CORRELATION_SETTLE)), this::correlationStyle, Instant.now());
        this.pipeline = new Pipeline(journal, pbxs::decoderFor, correlator, rater, observed,
                pipelineConfig(config), cluster == null ? null : cluster.streams());
        this.daily = DailyDatabaseTasks.start(config, database, java.time.Clock.systemUTC());
    }

    /**
     * The journal position the pipeline needs nothing before: the committed one on a single server;
     * on a clustered node, what the PBXs it owns still need (their copies of other nodes' PBXs are
     * kept by the journal's retention and budget).
     */
    private long processedThrough() {
        long committed = store.committedPosition();
        Journal own = journal;
        return cluster == null || own == null ? committed : cluster.streams().doneThrough(committed, own.writtenPosition());
    }

    /**
     * How a PBX's legs are correlated: by its format, unless its configuration turns it off.
     * Called for every configured PBX at start, so a wrong setting stops the start, not the pipeline.
     */
    private CorrelationStyle correlationStyle(String pbxId) {
        PbxDescriptor pbx = pbxs.get(pbxId);
        String setting = config.get(ServerKeys.PBX_CORRELATION.forId(pbxId));
        if (pbx == null || setting.equals("off")) {
            return CorrelationStyle.NONE;
        }
        if (!setting.equals("auto")) {
            throw new ConfigException(ServerKeys.PBX_CORRELATION.forId(pbxId).name() + " = '" + setting
                    + "': expected auto or off");
        }
        return CorrelationStyle.forFormat(pbx.format());
    }

    /**
     * Locks the data directory, opens everything and starts the pipeline; with
     * {@code cluster.zookeeper} set, joins the cluster, and the pipeline processes the PBXs this
     * node is given.
     */
    public static Engine start(Path dataDir, Config config) {
        ClusterRole cluster = ClusterRole.of(config); // a wrong cluster.* setting stops the start before anything is touched
        DataDirectory data = DataDirectory.lock(dataDir);
        Engine engine = null;
        try {
            engine = new Engine(data, config, cluster);
            engine.rawDump = RawDumpWriter.start(engine.journal, engine.rawDumpFiles,
                    pbx -> rawDumpPolicy(config, pbx), engine.store::committedPosition);
            engine.pipeline.start();
            if (engine.cluster != null) {
                engine.cluster.join(engine.journal, engine.database.pbxOwners());
            }
            return engine;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            engine.close();
            throw new IllegalStateException("interrupted while joining the cluster", e);
        } catch (RuntimeException e) {
            if (engine != null) {
                engine.close();
            } else {
                data.close();
            }
            throw e;
        }
    }

    static JournalConfig journalConfig(Path dir, Config config) {
        return new JournalConfig(dir, config.get(ServerKeys.JOURNAL_SEGMENT), config.get(ServerKeys.JOURNAL_ROTATE),
                config.get(ServerKeys.JOURNAL_RETENTION), config.get(ServerKeys.JOURNAL_BUDGET),
                config.get(ServerKeys.JOURNAL_FSYNC));
    }

    static RawDumpPolicy rawDumpPolicy(Config config, String pbx) {
        try {
            return new RawDumpPolicy(config.get(ServerKeys.PBX_RAWDUMP_KEEP.forId(pbx)),
                    config.get(ServerKeys.PBX_RAWDUMP_ROTATE.forId(pbx)),
                    config.get(ServerKeys.PBX_RAWDUMP_ROTATE_MB.forId(pbx)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("pbx." + pbx + ".rawdump.*: " + e.getMessage());
        }
    }

    static PipelineConfig pipelineConfig(Config config) {
        return new PipelineConfig(config.get(ServerKeys.PIPELINE_READ_BATCH), config.get(ServerKeys.PIPELINE_QUEUE),
                config.get(ServerKeys.PIPELINE_STORE_BATCH), config.get(ServerKeys.PIPELINE_STORE_DELAY));
    }

    static FailoverConfig failoverConfig(Config config) {
        Duration retryMax = config.get(ServerKeys.OFFLINE_RETRY_MAX);
        Duration retryMin = retryMax.compareTo(Duration.ofSeconds(1)) < 0 ? retryMax : Duration.ofSeconds(1);
        return new FailoverConfig(config.get(ServerKeys.OFFLINE_WRITE_TIMEOUT), retryMin, retryMax,
                config.get(ServerKeys.OFFLINE_MAX_RECORDS));
    }

    public DataDirectory data() {
        return data;
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    /** Where batches go now (main or offline database) and the offline backlog. */
    public OfflineStatus offline() {
        return store.status();
    }

    public Journal journal() {
        return journal;
    }

    /** The RAW DUMP files, for browsing. */
    public RawDumpFiles rawDumpFiles() {
        return rawDumpFiles;
    }

    /** The writer of the raw dump (its position, whether it failed). */
    public RawDumpWriter rawDump() {
        return rawDump;
    }

    public PbxDirectory pbxs() {
        return pbxs;
    }

    /** The configured PBX {@code id}. */
    public PbxSettings pbxSettings(String id) {
        return PbxSettings.of(config, id);
    }

    /** The rating model file the tariff editor changes, or null when the model is the demo or the site.* keys. */
    public Path ratingModelFile() {
        return ratingModelFile;
    }

    /** Rates the calls from now on with {@code model} (the volume counters carry on). */
    public void useRatingModel(RatingModel model) {
        useRatingModel.accept(model);
    }

    /** The rater in use; its engine explains and re-prices calls with the current model. */
    public SwappableRater rater() {
        return rater;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Tells {@code listener} the calls of every batch once it is committed (on the store thread:
     * the listener must only hand them on).
     */
    public void onStored(Consumer<List<RatedCall>> listener) {
        observed.addListener(listener);
    }

    /** Waits until everything journaled so far is in the database. */
    public boolean awaitCaughtUp(long timeoutMillis) throws InterruptedException {
        return pipeline.awaitCommitted(journal.writtenPosition(), timeoutMillis);
    }

    /**
     * Tells {@code listener} of every PBX this node gains or loses in its cluster, first of those it
     * owns now; on a single server, which owns every PBX, it is never called.
     */
    public void onOwnership(OwnershipListener listener) {
        if (cluster != null) {
            cluster.onOwnership(listener);
        }
    }

    /** What a cluster node sees of its group, for the Cluster screen and the metrics; null on a single server. */
    public ClusterStatus clusterStatus() {
        return cluster == null ? null : cluster.status();
    }

    /** True when this engine is a node of a cluster ({@code cluster.zookeeper} set). */
    public boolean clustered() {
        return cluster != null;
    }

    /** Lets the pipeline finish what it holds, then leaves the cluster and closes journal, database and the lock. */
    @Override
    public void close() {
        try {
            pipeline.close();
            correlator.close();
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            daily.close();
            store.close();
            if (ratingWatcher != null) {
                ratingWatcher.close();
            }
            if (rawDump != null) {
                rawDump.close();
            }
            journal.close();
            database.close();
            data.close();
        }
    }
}
