package org.bluewhale.reports.calls;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.bluewhale.store.summary.OrgNames;
import org.bluewhale.store.summary.Rows;

/**
 * The small tables a call row refers to by id (zones, tariffs, PBXs, charges), read once per
 * report so that the scan of the calls joins nothing.
 */
final class Lookups {

    record Tariff(String name, String carrier, Currency currency) {
    }

    record Pbx(String name, String site) {
    }

    final Map<Integer, ZoneId> zones = new HashMap<>();
    final Map<Integer, Tariff> tariffs = new HashMap<>();
    final Map<Integer, Pbx> pbxs = new HashMap<>();
    final OrgNames names;

    private Lookups(OrgNames names) {
        this.names = names;
    }

    static Lookups load(Connection c) throws SQLException {
        Lookups lookups = new Lookups(OrgNames.load(c));
        Rows.forEach(c, "SELECT id, name FROM zone", rs -> lookups.zones.put(rs.getInt(1), ZoneId.of(rs.getString(2))));
        Rows.forEach(c, "SELECT id, name, currency FROM tariff", rs -> lookups.tariffs.put(rs.getInt(1),
                new Tariff(rs.getString(2), carrierOf(rs.getString(2)), Currency.getInstance(rs.getString(3)))));
        Rows.forEach(c, "SELECT id, name, site FROM pbx", rs -> lookups.pbxs.put(rs.getInt(1),
                new Pbx(rs.getString(2), rs.getString(3))));
        return lookups;
    }

    /** Tariffs are named {@code <carrier>/<plan>@<from>/<zone>} (docs/rating.md); a name without a slash is its own carrier. */
    static String carrierOf(String tariff) {
        int slash = tariff.indexOf('/');
        return slash < 0 ? tariff : tariff.substring(0, slash);
    }
}
