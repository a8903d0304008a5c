package org.bluewhale.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bluewhale.store.cdr.CallGroups;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.CdrRetention;
import org.bluewhale.store.cdr.ChargeAllocator;
import org.bluewhale.store.cdr.JdbcCdrStore;
import org.bluewhale.store.cdr.PbxRegistry;
import org.bluewhale.store.cdr.RerateJobs;
import org.bluewhale.store.cdr.Rerating;
import org.bluewhale.store.dialect.Dialect;
import org.bluewhale.store.cdr.JournalPositionRow;
import org.bluewhale.store.fence.PbxOwnerTable;
import org.bluewhale.store.fence.WriteFence;
import org.bluewhale.store.org.ApiTokenRepository;
import org.bluewhale.store.org.WebSessionRepository;
import org.bluewhale.store.org.AuditLog;
import org.bluewhale.store.org.OperatorRepository;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.org.SiteRepository;
import org.bluewhale.store.orgimport.OrgImporter;
import org.bluewhale.store.summary.DepartmentSummary;
import org.bluewhale.store.summary.TrafficReader;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open main database: a connection pool with the dialect's settings, a migrated schema, and
 * the repositories on top. Open once at server start, close at shutdown.
 *
 * <pre>{@code
 * try (Database db = Database.open("jdbc:h2:file:/var/lib/bluewhale/db/bluewhale", "sa", "")) {
 *     CdrStore store = db.cdrStore();
 *     ...
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final PbxRegistry pbxRegistry;
    private final JdbcCdrStore cdrStore;
    private final CdrReader cdrReader;
    private final TrafficReader trafficReader;
    private final OrgRepository orgRepository;
    private final OperatorRepository operatorRepository;
    private final ChargeAllocator chargeAllocator;
    private final ApiTokenRepository apiTokens;
    private final WebSessionRepository webSessions;
    private final AuditLog auditLog;

    private Database(HikariDataSource pool, Dialect dialect, WriteFence fence, String nodeId) {
        this.pool = pool;
        this.dialect = dialect;
        this.pbxRegistry = new PbxRegistry(pool);
        this.chargeAllocator = new ChargeAllocator(pool);
        this.cdrStore = new JdbcCdrStore(pool, dialect, pbxRegistry, chargeAllocator, fence,
                nodeId == null ? JournalPositionRow.single() : JournalPositionRow.node(nodeId, pool));
        this.cdrReader = new CdrReader(pool, pbxRegistry);
        this.trafficReader = new TrafficReader(pool);
        this.orgRepository = new OrgRepository(pool);
        this.operatorRepository = new OperatorRepository(pool);
        this.apiTokens = new ApiTokenRepository(pool);
        this.webSessions = new WebSessionRepository(pool);
        this.auditLog = new AuditLog(pool);
    }

    /** Opens with the default settings (survives a process crash). */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(StoreConfig.of(jdbcUrl, user, password));
    }

    /** Opens the database of a single server, creating or migrating its schema first. */
    public static Database open(StoreConfig config) {
        return open(config, WriteFence.NONE);
    }

    /**
     * Opens the database with the fence every CDR batch passes in its transaction: a clustered
     * node's {@link org.bluewhale.store.fence.EpochFence} (docs/cluster.md).
     */
    public static Database open(StoreConfig config, WriteFence fence) {
        return open(config, fence, null);
    }

    /**
     * Opens the database of cluster node {@code nodeId}: every CDR batch passes {@code fence}, and
     * the committed journal position is the node's own row ({@code node_position}).
     */
    public static Database openClustered(StoreConfig config, String nodeId, WriteFence fence) {
        return open(config, fence, nodeId);
    }

    private static Database open(StoreConfig config, WriteFence fence, String nodeId) {
        Dialect dialect = Dialect.forUrl(config.jdbcUrl());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("bluewhale-" + dialect.name());
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(1);
        dialect.configure(hikari, config.durability());
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            migrate(pool, dialect);
            Database database = new Database(pool, dialect, fence, nodeId);
            LOG.info("main database open: {} ({}, durability {})", config.jdbcUrl(), dialect.name(), config.durability());
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open main database " + config.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource pool, Dialect dialect) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
        String own = "db/migration/" + dialect.name();
        if (Database.class.getClassLoader().getResource(own) != null) {
            locations.add("classpath:" + own);
        }
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(locations.toArray(String[]::new))
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    /** The pipeline's store: batched writes and the committed journal position. */
    public JdbcCdrStore cdrStore() {
        return cdrStore;
    }

    /** Which cluster node owns each PBX, at which epoch (docs/cluster.md); unused on a single server. */
    public PbxOwnerTable pbxOwners() {
        return new PbxOwnerTable(pool);
    }

    /** The PBXs the database knows, with their row-key ids. */
    public PbxRegistry pbxRegistry() {
        return pbxRegistry;
    }

    /** Queries over stored calls and quarantined records, for the API and CLI. */
    public CdrReader cdrReader() {
        return cdrReader;
    }

    /** Who each stored call is charged to; reallocates stored calls after a change in the past. */
    public ChargeAllocator chargeAllocator() {
        return chargeAllocator;
    }

    /** The department cost summary (per department path and person). */
    public DepartmentSummary departmentSummary() {
        return new DepartmentSummary(pool, Clock.systemUTC());
    }

    /** Re-rating jobs: created, listed and read (progress). */
    public RerateJobs rerateJobs() {
        return new RerateJobs(pool, cdrStore, cdrReader, Clock.systemUTC());
    }

    /** Runs re-rating jobs, writing {@code batchSize} calls per transaction. */
    public Rerating rerating(int batchSize) {
        return new Rerating(rerateJobs(), cdrReader, departmentSummary()::rollUp, batchSize);
    }

    /**
     * The calls of a period for the web dashboard, from the daily roll-ups where they have them;
     * one per database, so its kept roll-up rows serve every caller.
     */
    public TrafficReader trafficReader() {
        return trafficReader;
    }

    /** A dashboard reader that keeps nothing from an earlier reader: for comparing against the kept one. */
    public TrafficReader freshTrafficReader() {
        return new TrafficReader(pool);
    }

    /** Bulk import of departments, people, extensions and codes from CSV or .xlsx files. */
    public OrgImporter orgImporter() {
        return new OrgImporter(pool, chargeAllocator, Clock.systemUTC());
    }

    /** Purges or archives calls older than a number of months. */
    public CdrRetention retention() {
        return new CdrRetention(pool);
    }

    public SiteRepository siteRepository() {
        return new SiteRepository(pool);
    }

    /** Calls as groups of stored legs. */
    public CallGroups callGroups() {
        return new CallGroups(pool);
    }

    public OrgRepository orgRepository() {
        return orgRepository;
    }

    public OperatorRepository operatorRepository() {
        return operatorRepository;
    }

    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    public WebSessionRepository webSessions() {
        return webSessions;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    /** The dialect name: {@code h2}, {@code sqlite}, {@code postgresql} or {@code mariadb}. */
    public String dialectName() {
        return dialect.name();
    }

    /** The pool itself, for tools that need plain JDBC (backup, benchmarks). */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
