package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.dialect.Dialect;
import org.bluewhale.store.fence.WriteFence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's {@link CdrStore} over JDBC. Meant for ONE writer thread: each
 * {@link #write(StoreBatch)} takes one pooled connection and one transaction for the whole batch.
 *
 * <p>Replays (records already stored, e.g. after a crash between commit and journal bookkeeping)
 * are detected by the primary key: the fast path inserts everything; on a duplicate key it rolls
 * back to a savepoint, looks up which keys exist, and inserts only the others, still in the same
 * transaction. Any other failure rolls the whole batch back, position included. Call-quality
 * reports go to {@code call_quality} in the same transaction, under the same key scheme.
 *
 * <p>A clustered node's {@link WriteFence} runs first in each transaction and rejects a batch of a
 * PBX the node no longer owns; a single server's {@link WriteFence#NONE} costs nothing.
 */
public final class JdbcCdrStore implements CdrStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCdrStore.class);

    private final DataSource pool;
    private final Dialect dialect;
    private final PbxRegistry pbxRegistry;
    private final WriteFence fence;
    private final JournalPositionRow position;
    private final InternTable<ZoneId> zones;
    private final InternTable<TariffRef> tariffs;
    private final ChargeAllocator charges;
    private final MultiRowInsert<CdrRows.Row> cdrInsert;
    private final MultiRowInsert<QuarantineRows.Row> quarantineInsert;
    private final MultiRowInsert<CallQualityRows.Row> qualityInsert;
    private final CopyCdrInsert cdrCopy;
    private final MonthPartitions partitions;
    private final ExistingKeys existingCdrKeys = new ExistingKeys("cdr", "cdr_key");
    private final ExistingKeys existingQuarantineKeys = new ExistingKeys("quarantine", "q_key");
    private final ExistingKeys existingQualityKeys = new ExistingKeys("call_quality", "cq_key");

    public JdbcCdrStore(DataSource pool, Dialect dialect, PbxRegistry pbxRegistry, ChargeAllocator charges,
                        WriteFence fence) {
        this(pool, dialect, pbxRegistry, charges, fence, JournalPositionRow.single());
    }

    /** A store keeping its committed journal position in {@code position} (a clustered node's own row). */
    public JdbcCdrStore(DataSource pool, Dialect dialect, PbxRegistry pbxRegistry, ChargeAllocator charges,
                        WriteFence fence, JournalPositionRow position) {
        this.pool = pool;
        this.fence = fence;
        this.position = position;
        this.charges = charges;
        this.dialect = dialect;
        this.pbxRegistry = pbxRegistry;
        this.zones = InternTable.zones(pool);
        this.tariffs = InternTable.tariffs(pool);
        this.cdrInsert = new MultiRowInsert<>("cdr", CdrRows.COLUMNS,
                dialect.rowsPerInsert(CdrRows.COLUMNS.size()), CdrRows::bind);
        this.cdrCopy = dialect.copiesCdrRows() ? new CopyCdrInsert() : null;
        this.partitions = dialect.partitionsCdrByMonth() ? new MonthPartitions() : null;
        this.quarantineInsert = new MultiRowInsert<>("quarantine", QuarantineRows.COLUMNS,
                dialect.rowsPerInsert(QuarantineRows.COLUMNS.size()), QuarantineRows::bind);
        this.qualityInsert = new MultiRowInsert<>("call_quality", CallQualityRows.COLUMNS,
                dialect.rowsPerInsert(CallQualityRows.COLUMNS.size()), CallQualityRows::bind);
    }

    @Override
    public void registerPbx(PbxDescriptor pbx) {
        pbxRegistry.register(pbx);
    }

    /** Registers the PBX and returns its numeric id (the top bits of its row keys). */
    public int registerPbxId(PbxDescriptor pbx) {
        return pbxRegistry.register(pbx);
    }

    @Override
    public void write(StoreBatch batch) {
        List<QuarantineRows.Row> quarantined = quarantineRows(batch.quarantined());
        List<CallQualityRows.Row> quality = qualityRows(batch.quality());
        try (Connection c = pool.getConnection()) {
            List<CdrRows.Row> calls = cdrRows(c, batch.calls()); // commits new zones/tariffs first
            if (partitions != null) {
                partitions.ensure(c, calls); // and the months' partitions
            }
            c.setAutoCommit(false);
            try {
                fence.check(c, batch);
                insertOnce(c, calls, quarantined, quality);
                CostDays.forgetLateDays(c, calls, System.currentTimeMillis());
                position.advance(c, batch.journalPosition());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store batch of " + batch.size() + " records up to journal position "
                    + batch.journalPosition() + ": " + e.getMessage(), e);
        }
    }

    /** Inserts the batch, or on a duplicate key only the records not stored yet. */
    private void insertOnce(Connection c, List<CdrRows.Row> calls, List<QuarantineRows.Row> quarantined,
                            List<CallQualityRows.Row> quality) throws SQLException {
        Savepoint beforeInsert = c.setSavepoint();
        try {
            insertCalls(c, calls);
            quarantineInsert.insert(c, quarantined);
            qualityInsert.insert(c, quality);
        } catch (SQLException e) {
            if (!dialect.isDuplicateKey(e)) {
                throw e;
            }
            c.rollback(beforeInsert);
            List<CdrRows.Row> newCalls = onlyNew(calls, existingCdrKeys.in(c, keys(calls, CdrRows.Row::key)),
                    CdrRows.Row::key);
            List<QuarantineRows.Row> newQuarantined = onlyNew(quarantined,
                    existingQuarantineKeys.in(c, keys(quarantined, QuarantineRows.Row::key)), QuarantineRows.Row::key);
            List<CallQualityRows.Row> newQuality = onlyNew(quality,
                    existingQualityKeys.in(c, keys(quality, CallQualityRows.Row::key)), CallQualityRows.Row::key);
            LOG.info("replayed batch: {} of {} calls, {} of {} quarantined records and {} of {} quality reports were "
                    + "already stored", calls.size() - newCalls.size(), calls.size(),
                    quarantined.size() - newQuarantined.size(), quarantined.size(),
                    quality.size() - newQuality.size(), quality.size());
            insertCalls(c, newCalls);
            quarantineInsert.insert(c, newQuarantined);
            qualityInsert.insert(c, newQuality);
        }
    }

    private void insertCalls(Connection c, List<CdrRows.Row> calls) throws SQLException {
        if (cdrCopy != null) {
            cdrCopy.insert(c, calls);
        } else {
            cdrInsert.insert(c, calls);
        }
    }

    private static <R> long[] keys(List<R> rows, ToLongFunction<R> key) {
        long[] keys = new long[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key.applyAsLong(rows.get(i));
        }
        return keys;
    }

    /** Rows whose key is not stored, each key once (a batch could carry a record twice). */
    private static <R> List<R> onlyNew(List<R> rows, Set<Long> existing, ToLongFunction<R> key) {
        List<R> fresh = new ArrayList<>(rows.size());
        for (R row : rows) {
            if (existing.add(key.applyAsLong(row))) {
                fresh.add(row);
            }
        }
        return fresh;
    }

    /** The {@code tariff} id of a rated call's tariff; {@code c} is in auto-commit mode (a new one commits at once). */
    int tariffIdOf(Connection c, RatedCall call) throws SQLException {
        return tariffs.idOf(c, TariffRef.of(call));
    }

    /**
     * Resolves keys, interned ids and the charge of each call (allocated now, see
     * {@link ChargeAllocator}); {@code c} is still in auto-commit mode, so new ids commit at once.
     */
    private List<CdrRows.Row> cdrRows(Connection c, List<RatedCall> calls) throws SQLException {
        List<CdrRows.Row> rows = new ArrayList<>(calls.size());
        if (!calls.isEmpty()) {
            charges.refresh(c);
        }
        for (RatedCall call : calls) {
            int pbxId = pbxRegistry.requireId(call.leg().pbxId());
            rows.add(new CdrRows.Row(CdrKey.of(pbxId, call.leg().sequence()), zones.idOf(c, call.leg().zone()),
                    tariffs.idOf(c, TariffRef.of(call)), charges.chargeIdOf(c, call.leg()), call));
        }
        return rows;
    }

    private List<QuarantineRows.Row> quarantineRows(List<Quarantined> records) {
        List<QuarantineRows.Row> rows = new ArrayList<>(records.size());
        for (Quarantined q : records) {
            int pbxId = pbxRegistry.idForQuarantine(q.raw().pbxId());
            rows.add(new QuarantineRows.Row(pbxId, CdrKey.of(pbxId, q.raw().sequence()), q));
        }
        return rows;
    }

    private List<CallQualityRows.Row> qualityRows(List<CallQuality> reports) {
        List<CallQualityRows.Row> rows = new ArrayList<>(reports.size());
        for (CallQuality q : reports) {
            int pbxId = pbxRegistry.requireId(q.pbxId());
            rows.add(new CallQualityRows.Row(pbxId, CdrKey.of(pbxId, q.sequence()), q));
        }
        return rows;
    }

    @Override
    public long committedPosition() {
        return position.read(pool);
    }

    /** Does nothing: the pool belongs to {@link org.bluewhale.store.Database}, which closes it. */
    @Override
    public void close() {
    }
}
