package org.bluewhale.reports.calls;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import org.bluewhale.core.CallClass;
import org.bluewhale.store.cdr.CdrCodes;
import org.bluewhale.store.cdr.CdrKey;

/**
 * The WHERE clause of a filter once its names are ids, and its parameters in the same order.
 *
 * @param pbxIds  the PBXs of the filter's sites and PBXs; null for all
 * @param tariffs the tariffs of its carriers in the report's currency; never empty
 */
record CallQuery(CallFilter filter, List<Integer> pbxIds, List<Integer> tariffs) {

    CallQuery {
        pbxIds = pbxIds == null ? null : List.copyOf(new TreeSet<>(pbxIds));
        tariffs = List.copyOf(new TreeSet<>(tariffs));
    }

    String where() {
        StringBuilder sql = new StringBuilder(" WHERE c.start_utc >= ? AND c.start_utc < ?");
        if (!filter.callTypes().isEmpty()) {
            sql.append(" AND c.call_class IN (").append(marks(filter.callTypes().size())).append(')');
        }
        if (filter.departments() != null) {
            sql.append(" AND c.charge_id IN (SELECT ch.id FROM charge ch WHERE ch.department_id IN (")
                    .append(marks(filter.departments().size())).append("))");
        }
        if (pbxIds != null) { // one PBX's rows are a range of the primary key
            sql.append(" AND (").append(String.join(" OR ", pbxIds.stream().map(id -> "c.cdr_key BETWEEN ? AND ?")
                    .toList())).append(')');
        }
        return sql.append(" AND c.tariff_id IN (").append(marks(tariffs.size())).append(')').toString();
    }

    void bind(PreparedStatement ps) throws SQLException {
        int p = 1;
        ps.setLong(p++, filter.period().from().toEpochMilli());
        ps.setLong(p++, filter.period().to().toEpochMilli());
        for (CallClass type : new TreeSet<>(filter.callTypes())) {
            ps.setInt(p++, CdrCodes.code(type));
        }
        if (filter.departments() != null) {
            for (int department : new TreeSet<>(filter.departments())) {
                ps.setInt(p++, department);
            }
        }
        if (pbxIds != null) {
            for (int pbx : pbxIds) {
                ps.setLong(p++, CdrKey.of(pbx, 0));
                ps.setLong(p++, CdrKey.of(pbx, CdrKey.MAX_SEQUENCE));
            }
        }
        for (int tariff : tariffs) {
            ps.setInt(p++, tariff);
        }
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }
}
