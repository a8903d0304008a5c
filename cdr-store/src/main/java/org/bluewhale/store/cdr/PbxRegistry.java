package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.store.StoreException;

/**
 * The {@code pbx} table and an in-memory map of PBX name to the small numeric id that forms the
 * top bits of every row key. Ids are assigned here, never reused.
 */
public final class PbxRegistry {

    /** The format of a PBX known only from quarantined records: no decoder has this name. */
    public static final String UNCONFIGURED = "unconfigured";

    private final DataSource pool;
    private final Map<String, Integer> idByName = new ConcurrentHashMap<>();
    private final Map<Integer, String> nameById = new ConcurrentHashMap<>();

    public PbxRegistry(DataSource pool) {
        this.pool = pool;
        load();
    }

    private void load() {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM pbx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                remember(rs.getString(2), rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the pbx table", e);
        }
    }

    private void remember(String name, int id) {
        idByName.put(name, id);
        nameById.put(id, name);
    }

    /**
     * Inserts or updates the PBX; returns its numeric id (stable across updates and restarts).
     * Servers of a cluster starting together on one database may register the same PBX (or take
     * the same new id) at once: the loser reads what the winner stored and tries again.
     */
    public synchronized int register(PbxDescriptor pbx) {
        for (int attempt = 1; ; attempt++) {
            try {
                return registerOnce(pbx);
            } catch (StoreException e) {
                if (attempt == 3) {
                    throw e;
                }
                Integer stored = storedId(pbx.id());
                if (stored != null) {
                    remember(pbx.id(), stored);
                }
            }
        }
    }

    private Integer storedId(String name) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM pbx WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private int registerOnce(PbxDescriptor pbx) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Integer id = idByName.get(pbx.id());
                if (id == null) {
                    id = nextId(c);
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO pbx (id, name, site, format, zone) VALUES (?, ?, ?, ?, ?)")) {
                        bind(ps, id, pbx);
                        ps.executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE pbx SET name = ?, site = ?, format = ?, zone = ? WHERE id = ?")) {
                        ps.setString(1, pbx.id());
                        ps.setString(2, pbx.site());
                        ps.setString(3, pbx.format());
                        ps.setString(4, pbx.zone().getId());
                        ps.setInt(5, id);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                remember(pbx.id(), id);
                return id;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot register PBX " + pbx.id(), e);
        }
    }

    private static int nextId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM pbx");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int id = rs.getInt(1);
            if (id > CdrKey.MAX_PBX_ID) {
                throw new StoreException("no PBX id left (max " + CdrKey.MAX_PBX_ID + ")");
            }
            return id;
        }
    }

    private static void bind(PreparedStatement ps, int id, PbxDescriptor pbx) throws SQLException {
        ps.setInt(1, id);
        ps.setString(2, pbx.id());
        ps.setString(3, pbx.site());
        ps.setString(4, pbx.format());
        ps.setString(5, pbx.zone().getId());
    }

    /** Every registered PBX, as the pipeline needs it after a restart. */
    public List<PbxDescriptor> all() {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name, site, format, zone FROM pbx ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<PbxDescriptor> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new PbxDescriptor(rs.getString(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))));
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("cannot read the pbx table", e);
        }
    }

    /** The numeric id of a registered PBX. */
    public Optional<Integer> idOf(String name) {
        return Optional.ofNullable(idByName.get(name));
    }

    /** The numeric id, or a clear failure when the pipeline forgot to register the PBX. */
    /**
     * The id of a PBX whose records are being quarantined, registering it as {@link #UNCONFIGURED}
     * when the database has never seen it (records journaled for a PBX since removed, read again
     * into a fresh main database): its records must reach the quarantine, not stop the store.
     */
    synchronized int idForQuarantine(String name) {
        Integer id = idByName.get(name);
        return id != null ? id : register(new PbxDescriptor(name, "", UNCONFIGURED, ZoneOffset.UTC));
    }

    int requireId(String name) {
        Integer id = idByName.get(name);
        if (id == null) {
            throw new StoreException("PBX '" + name + "' is not registered: call registerPbx before writing its records");
        }
        return id;
    }

    /** The PBX name of a numeric id. */
    String nameOf(int id) {
        String name = nameById.get(id);
        return name != null ? name : "#" + id;
    }
}
