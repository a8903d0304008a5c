package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.charge.Charge;
import org.bluewhale.store.charge.OrgSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allocates each call leg to the person and department charged for it when the leg is stored,
 * from an in-memory {@link OrgSnapshot} reloaded whenever the org revision moved. Allocating at
 * store time costs the writer a hash lookup per row and makes every cost report a plain
 * {@code GROUP BY cdr.charge_id}; resolving effective dates in the report query instead would
 * join every call to the extension history and cost far more on each report.
 *
 * <p>An org change that reaches into the past (an extension handed over last month, found out
 * today) is applied to calls already stored by {@link #reallocateFrom(Instant)}.
 */
public final class ChargeAllocator {

    private static final Logger LOG = LoggerFactory.getLogger(ChargeAllocator.class);
    private static final int UPDATE_BATCH = 1_000;

    private final DataSource pool;
    private final InternTable<Charge> charges;
    private volatile OrgSnapshot snapshot = OrgSnapshot.empty();

    public ChargeAllocator(DataSource pool) {
        this.pool = pool;
        this.charges = InternTable.charges(pool);
    }

    /** Reloads the org when it changed since the last load; {@code c} is in auto-commit mode. */
    void refresh(Connection c) throws SQLException {
        if (OrgSnapshot.revision(c) != snapshot.revision()) {
            snapshot = OrgSnapshot.load(c);
        }
    }

    /** Loads the org now, so that {@link #departmentOf} answers before the first batch is stored. */
    public void load() {
        try (Connection c = pool.getConnection()) {
            refresh(c);
        } catch (SQLException e) {
            throw new StoreException("cannot load the organisation: " + e.getMessage(), e);
        }
    }

    /**
     * The department {@code leg} is charged to under the org as last loaded, 0 for none: what the
     * rater counts volume tiers per department by. Each stored batch reloads a changed org, so a
     * call rated just before an org change is stored and counted under the department of then.
     */
    public int departmentOf(CallLeg leg) {
        OrgSnapshot org = snapshot;
        if (org.isEmpty()) {
            return 0;
        }
        Charge charge = chargeOf(org, leg.start().toEpochMilli(), leg.callingNumber(), leg.dialedNumber(),
                leg.direction(), leg.accountCode(), leg.authCode(), leg.attribution().chargedTo());
        return charge == null ? 0 : charge.departmentId();
    }

    /** The charge id of {@code leg}, or {@code 0} for nobody; a new charge is committed on {@code c} first. */
    int chargeIdOf(Connection c, CallLeg leg) throws SQLException {
        OrgSnapshot org = snapshot;
        if (org.isEmpty()) {
            return 0;
        }
        Charge charge = chargeOf(org, leg.start().toEpochMilli(), leg.callingNumber(), leg.dialedNumber(),
                leg.direction(), leg.accountCode(), leg.authCode(), leg.attribution().chargedTo());
        return charge == null ? 0 : charges.idOf(c, charge);
    }

    /**
     * The org's charge for a call; when correlation decided who pays for the segment
     * ({@code chargedTo}, docs/correlation.md), that extension is the one looked up.
     */
    private static Charge chargeOf(OrgSnapshot org, long startMillis, String calling, String dialed,
                                   Direction direction, String accountCode, String authCode, String chargedTo) {
        return chargedTo.isEmpty() ? org.chargeOf(startMillis, calling, dialed, direction, accountCode, authCode)
                : org.chargeOf(startMillis, chargedTo, chargedTo, direction, accountCode, authCode);
    }

    /**
     * Allocates again every stored call that started at or after {@code from}, with the org as it
     * is now; returns how many calls changed hands. Idempotent: run it again after a failure.
     */
    public long reallocateFrom(Instant from) {
        String select = "SELECT cdr_key, start_utc, calling, dialed, direction, account_code, auth_code, charge_id,"
                + " charged_to FROM cdr WHERE start_utc >= ?";
        long changed = 0;
        try (Connection read = pool.getConnection(); Connection write = pool.getConnection()) {
            refresh(write);
            OrgSnapshot org = snapshot;
            read.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement ps = read.prepareStatement(select);
                 PreparedStatement update = write.prepareStatement(
                         "UPDATE cdr SET charge_id = ? WHERE cdr_key = ? AND start_utc = ?")) {
                ps.setFetchSize(UPDATE_BATCH);
                ps.setLong(1, from.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Charge charge = chargeOf(org, rs.getLong(2), text(rs, 3), text(rs, 4),
                                CdrCodes.direction(rs.getInt(5)), text(rs, 6), text(rs, 7), text(rs, 9));
                        int id = charge == null ? 0 : charges.idOf(write, charge);
                        if (id != rs.getInt(8)) {
                            addUpdate(update, id, rs.getLong(1), rs.getLong(2));
                            if (++changed % UPDATE_BATCH == 0) {
                                update.executeBatch();
                            }
                        }
                    }
                }
                update.executeBatch();
                CostDays.forgetFrom(write, CostDays.dayOf(from.toEpochMilli())); // after the updates: see CostDays
            } finally {
                read.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reallocate calls from " + from + ": " + e.getMessage(), e);
        }
        LOG.info("reallocated {} calls from {} on", changed, from);
        return changed;
    }

    private static void addUpdate(PreparedStatement update, int chargeId, long key, long start) throws SQLException {
        if (chargeId == 0) {
            update.setNull(1, java.sql.Types.INTEGER);
        } else {
            update.setInt(1, chargeId);
        }
        update.setLong(2, key);
        update.setLong(3, start);
        update.addBatch();
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
