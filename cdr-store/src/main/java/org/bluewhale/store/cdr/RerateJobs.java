package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.bluewhale.core.RatedCall;
import org.bluewhale.store.StoreException;

/**
 * The {@code rerate_job} table (V55): jobs are created, listed and read here, and each batch of
 * re-rated calls is written here in one transaction together with the job's cursor and totals
 * ({@link #commitBatch}), so a job resumes after its last committed batch and never counts a call twice.
 */
public final class RerateJobs {

    private static final String COLUMNS = "id, operator, created_ms, updated_ms, from_utc, to_utc, pbx, site, carrier,"
            + " status, calls_total, calls_done, calls_rerated, calls_changed, cost_before, cost_after, error,"
            + " cursor_start, cursor_key";
    private static final String UPDATE_CDR = "UPDATE cdr SET call_class = ?, billed_s = ?, cost_minor = ?,"
            + " tariff_id = ?, ref_cost_minor = ? WHERE cdr_key = ?";

    private final DataSource pool;
    private final JdbcCdrStore store;
    private final CdrReader reader;
    private final Clock clock;

    public RerateJobs(DataSource pool, JdbcCdrStore store, CdrReader reader, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    /** Where a job has got to: the last call done in the order start time, key (null: none yet). */
    record Cursor(Long start, Long key) {
    }

    /** Records a new PENDING job over the calls of the request's period; returns it. */
    public RerateJob create(String operator, RerateJob.Request request) {
        long total = reader.count(new CdrQuery(request.from(), request.to(), null, null, 1, 0));
        long now = clock.millis();
        String sql = "INSERT INTO rerate_job (operator, created_ms, updated_ms, from_utc, to_utc, pbx, site, carrier,"
                + " status, calls_total, calls_done, calls_rerated, calls_changed, cost_before, cost_after)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, 0, 0, 0, 0)";
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, operator);
            ps.setLong(2, now);
            ps.setLong(3, now);
            ps.setLong(4, request.from().toEpochMilli());
            ps.setLong(5, request.to().toEpochMilli());
            ps.setString(6, request.pbx());
            ps.setString(7, request.site());
            ps.setString(8, request.carrier());
            ps.setLong(9, total);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return find(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record a re-rating job: " + e.getMessage(), e);
        }
    }

    public Optional<RerateJob> find(long id) {
        List<RerateJob> found = select(" WHERE id = " + id);
        return found.stream().findFirst();
    }

    /** The newest jobs first. */
    public List<RerateJob> list(int limit) {
        return select(" ORDER BY id DESC LIMIT " + limit);
    }

    /** Jobs not done (pending, running when the process stopped, or failed), oldest first. */
    public List<RerateJob> unfinished() {
        return select(" WHERE status <> 'DONE' ORDER BY id");
    }

    Cursor cursorOf(long id) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT cursor_start, cursor_key FROM rerate_job WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no re-rating job " + id);
                }
                long start = rs.getLong(1);
                return rs.wasNull() ? new Cursor(null, null) : new Cursor(start, rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read re-rating job " + id + ": " + e.getMessage(), e);
        }
    }

    void setStatus(long id, RerateJob.Status status, String error) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE rerate_job SET status = ?, error = ?, updated_ms = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, error);
            ps.setLong(3, clock.millis());
            ps.setLong(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update re-rating job " + id + ": " + e.getMessage(), e);
        }
    }

    /** Another run of the same job committed a batch first (two runs at once); this run's batch is not written. */
    static final class MovedOn extends StoreException {
        MovedOn(long id) {
            super("re-rating job " + id + " was moved on by another run; this one stops");
        }
    }

    /** A call of a batch priced again: as stored, and as rated now. */
    record Rerated(StoredCdr stored, RatedCall rated) {
        boolean changed() {
            return stored.callClass() != rated.callClass() || stored.billedSeconds() != rated.billedSeconds()
                    || !stored.cost().equals(rated.cost()) || !stored.referenceCost().equals(rated.referenceCost())
                    || !stored.tariff().equals(rated.tariff() == null ? "" : rated.tariff());
        }
    }

    /**
     * Writes a batch in one transaction: the changed calls' rating columns, the done marks of
     * their days cleared (the daily roll-up does them again), the cursor moved to {@code last} and
     * the totals added to.
     *
     * @param read    calls read in this batch (rerated and left as they were)
     * @param from    the cursor the batch was read after: if another run of the job has moved it
     *                meanwhile, nothing is written and this run stops
     * @param last    the batch's last call in scan order
     */
    void commitBatch(long id, int read, List<Rerated> rerated, Cursor from, StoredCdr last) {
        try (Connection c = pool.getConnection()) {
            List<Rerated> changed = rerated.stream().filter(Rerated::changed).toList();
            int[] tariffIds = new int[changed.size()];
            for (int i = 0; i < tariffIds.length; i++) {
                tariffIds[i] = store.tariffIdOf(c, changed.get(i).rated()); // commits new tariffs first
            }
            c.setAutoCommit(false);
            try {
                update(c, changed, tariffIds);
                Set<Long> days = new TreeSet<>();
                changed.forEach(call -> days.add(CostDays.dayOf(call.stored().start().toEpochMilli())));
                if (!days.isEmpty()) {
                    CostDays.forget(c, days);
                }
                advance(c, id, read, rerated, changed.size(), from, last);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write a batch of re-rating job " + id + ": " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, List<Rerated> changed, int[] tariffIds) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CDR)) {
            for (int i = 0; i < tariffIds.length; i++) {
                RatedCall call = changed.get(i).rated();
                ps.setInt(1, CdrCodes.code(call.callClass()));
                ps.setLong(2, call.billedSeconds());
                ps.setLong(3, call.cost().minorUnits());
                ps.setInt(4, tariffIds[i]);
                long reference = call.referenceCost().minorUnits();
                if (reference == call.cost().minorUnits()) {
                    ps.setNull(5, Types.BIGINT); // as the store writes it: NULL when no saving
                } else {
                    ps.setLong(5, reference);
                }
                ps.setLong(6, changed.get(i).stored().key());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void advance(Connection c, long id, int read, List<Rerated> rerated, int changed, Cursor from,
                         StoredCdr last) throws SQLException {
        long before = rerated.stream().mapToLong(call -> call.stored().cost().minorUnits()).sum();
        long after = rerated.stream().mapToLong(call -> call.rated().cost().minorUnits()).sum();
        try (PreparedStatement ps = c.prepareStatement("UPDATE rerate_job SET calls_done = calls_done + ?,"
                + " calls_rerated = calls_rerated + ?, calls_changed = calls_changed + ?, cost_before = cost_before + ?,"
                + " cost_after = cost_after + ?, cursor_start = ?, cursor_key = ?, updated_ms = ? WHERE id = ?"
                + (from.start() == null ? " AND cursor_key IS NULL" : " AND cursor_start = ? AND cursor_key = ?"))) {
            ps.setLong(1, read);
            ps.setLong(2, rerated.size());
            ps.setLong(3, changed);
            ps.setLong(4, before);
            ps.setLong(5, after);
            ps.setLong(6, last.start().toEpochMilli());
            ps.setLong(7, last.key());
            ps.setLong(8, clock.millis());
            ps.setLong(9, id);
            if (from.start() != null) {
                ps.setLong(10, from.start());
                ps.setLong(11, from.key());
            }
            if (ps.executeUpdate() != 1) {
                throw new MovedOn(id);
            }
        }
    }

    private List<RerateJob> select(String tail) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM rerate_job" + tail); ResultSet rs = ps.executeQuery()) {
            List<RerateJob> jobs = new ArrayList<>();
            while (rs.next()) {
                jobs.add(new RerateJob(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)),
                        Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        RerateJob.Status.valueOf(rs.getString(10)), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                        rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getString(17)));
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreException("cannot read re-rating jobs: " + e.getMessage(), e);
        }
    }
}
