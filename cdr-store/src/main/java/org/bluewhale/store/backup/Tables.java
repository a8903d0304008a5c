package org.bluewhale.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables in the connected schema, as the JDBC metadata lists them (so tables
 * that later migrations add are backed up without a change here), in an order where a table
 * comes after every table it references. Names are lower case, as the migrations write them.
 */
final class Tables {

    /** Flyway's own bookkeeping: the target database has its own, made by its migrations. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private Tables() {
    }

    /** Table name to its primary-key columns (possibly none), referenced tables first. */
    static Map<String, List<String>> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        Map<String, String> exact = new TreeMap<>();
        Set<String> partitions = partitions(c);
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "PARTITIONED TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals(FLYWAY_HISTORY) && !lower.startsWith("sqlite_") && !partitions.contains(lower)) {
                    exact.put(lower, name);
                }
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        for (Map.Entry<String, String> table : exact.entrySet()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, table.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        parents.add(parent);
                    }
                }
            }
            references.put(table.getKey(), parents);
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < exact.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> t : references.entrySet()) {
                if (!ordered.containsKey(t.getKey()) && ordered.keySet().containsAll(t.getValue())) {
                    ordered.put(t.getKey(), primaryKey(meta, catalog, schema, exact.get(t.getKey())));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("tables reference each other in a cycle: " + references);
            }
        }
        return ordered;
    }

    /**
     * PostgreSQL's partitions of a partitioned table (cdr by month): their rows are read and
     * written through the parent, so a backup is portable to databases without partitions.
     */
    private static Set<String> partitions(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return names;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relispartition AND n.nspname = current_schema()")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(columns.values());
    }

    /** Auto-assigned (identity) columns of {@code table}, whose counters a restore must move on. */
    static List<String> identityColumns(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> columns = new ArrayList<>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!columns.isEmpty()) {
                break;
            }
        }
        return columns;
    }
}
