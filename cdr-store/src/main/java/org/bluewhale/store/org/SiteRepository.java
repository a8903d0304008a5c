package org.bluewhale.store.org;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** Sites, their trunk groups, and the PBX trunks in them. */
public final class SiteRepository {

    private final Sql sql;

    public SiteRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    /** Adds a site of company 1; fails with a StoreException when the name exists. */
    public Site addSite(String name, ZoneId zone) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO site (company_id, name, zone) VALUES (1, ?, ?)", ps -> {
            ps.setString(1, name);
            ps.setString(2, zone.getId());
        }, "add site " + name);
        return new Site(id, name, zone);
    }

    public List<Site> sites() {
        return sql.query("SELECT id, name, zone FROM site ORDER BY id", ps -> { },
                rs -> new Site(rs.getInt(1), rs.getString(2), ZoneId.of(rs.getString(3))), "list sites");
    }

    public TrunkGroup addTrunkGroup(int siteId, String name) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO trunk_group (site_id, name) VALUES (?, ?)", ps -> {
            ps.setInt(1, siteId);
            ps.setString(2, name);
        }, "add trunk group " + name);
        return new TrunkGroup(id, siteId, name);
    }

    public List<TrunkGroup> trunkGroups() {
        return sql.query("SELECT id, site_id, name FROM trunk_group ORDER BY id", ps -> { },
                rs -> new TrunkGroup(rs.getInt(1), rs.getInt(2), rs.getString(3)), "list trunk groups");
    }

    /** Adds trunk {@code name} of the PBX with store id {@code pbxId}, in {@code trunkGroupId} (may be null). */
    public Trunk addTrunk(int pbxId, String name, Integer trunkGroupId) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO trunk (pbx_id, name, trunk_group_id) VALUES (?, ?, ?)", ps -> {
            ps.setInt(1, pbxId);
            ps.setString(2, name);
            Sql.setNullableInt(ps, 3, trunkGroupId);
        }, "add trunk " + name);
        return new Trunk(id, pbxId, name, trunkGroupId);
    }

    public List<Trunk> trunks() {
        return sql.query("SELECT id, pbx_id, name, trunk_group_id FROM trunk ORDER BY id", ps -> { },
                rs -> new Trunk(rs.getInt(1), rs.getInt(2), rs.getString(3), Sql.nullableInt(rs, 4)), "list trunks");
    }
}
