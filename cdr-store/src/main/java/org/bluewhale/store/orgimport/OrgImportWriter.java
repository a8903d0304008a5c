package org.bluewhale.store.orgimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bluewhale.store.org.OrgRepository;

/**
 * Applies valid import rows on one connection, inside the caller's transaction: creates the
 * missing levels of each department path, adds or updates each person (matched by employee_id,
 * else by name), and adds the extension and authorisation-code assignments that are new.
 *
 * <p>An assignment without valid_from counts from the beginning when nobody held the number
 * before (a first import charges the calls already stored), and from the import's instant when
 * someone else did (a handover today). An assignment the database already has is left alone.
 */
final class OrgImportWriter {

    private final Connection c;
    private final Instant now;
    private final Map<String, Integer> departmentIds = new HashMap<>();
    private final Map<String, Integer> personIds = new HashMap<>();
    int departmentsAdded;
    int usersAdded;
    int usersUpdated;
    int assignmentsAdded;
    /** The earliest instant from which stored calls may be charged differently now; null if none. */
    Instant reallocateFrom;

    OrgImportWriter(Connection c, Instant now) {
        this.c = c;
        this.now = now;
    }

    void apply(List<OrgImportRow> rows) throws SQLException {
        loadDepartments();
        for (OrgImportRow row : rows) {
            int department = department(row.departmentPath());
            if (!row.hasPerson()) {
                continue;
            }
            int person = person(row, department);
            for (String extension : row.extensions()) {
                assign("extension", "number", extension, person, row.validFrom());
            }
            if (!row.authCode().isEmpty()) {
                assign("auth_code", "code", row.authCode(), person, row.validFrom());
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(OrgRepository.REVISION_BUMP);
        }
    }

    private void loadDepartments() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, name FROM department");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                departmentIds.putIfAbsent(rs.getInt(2) + "/" + rs.getString(3), rs.getInt(1));
            }
        }
    }

    private int department(List<String> path) throws SQLException {
        int parent = 0; // a top-level department's parent_id is NULL, read as 0
        for (String name : path) {
            Integer id = departmentIds.get(parent + "/" + name);
            if (id == null) {
                id = insertDepartment(parent, name);
                departmentIds.put(parent + "/" + name, id);
                departmentsAdded++;
            }
            parent = id;
        }
        return parent;
    }

    private int insertDepartment(int parent, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO department (parent_id, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setId(ps, 1, parent);
            ps.setString(2, name);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private int person(OrgImportRow row, int department) throws SQLException {
        Integer known = personIds.get(row.personKey());
        if (known != null) {
            return known;
        }
        String find = row.employeeId().isEmpty()
                ? "SELECT id, name, email, department_id FROM app_user WHERE employee_id IS NULL AND name = ? ORDER BY id"
                : "SELECT id, name, email, department_id FROM app_user WHERE employee_id = ?";
        int id;
        try (PreparedStatement ps = c.prepareStatement(find)) {
            ps.setString(1, row.employeeId().isEmpty() ? row.name() : row.employeeId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    id = rs.getInt(1);
                    if (!row.name().equals(rs.getString(2)) || !row.email().equals(Objects.toString(rs.getString(3), ""))
                            || department != rs.getInt(4)) {
                        updatePerson(id, row, department);
                    }
                } else {
                    id = insertPerson(row, department);
                }
            }
        }
        personIds.put(row.personKey(), id);
        return id;
    }

    private int insertPerson(OrgImportRow row, int department) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_user (name, department_id, employee_id, email) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindPerson(ps, row, department);
            ps.executeUpdate();
            usersAdded++;
            return generatedId(ps);
        }
    }

    private void updatePerson(int id, OrgImportRow row, int department) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE app_user SET name = ?, department_id = ?, employee_id = ?, email = ? WHERE id = ?")) {
            bindPerson(ps, row, department);
            ps.setInt(5, id);
            ps.executeUpdate();
            usersUpdated++;
        }
    }

    private static void bindPerson(PreparedStatement ps, OrgImportRow row, int department) throws SQLException {
        ps.setString(1, row.name());
        ps.setInt(2, department);
        ps.setString(3, row.employeeId().isEmpty() ? null : row.employeeId());
        ps.setString(4, row.email().isEmpty() ? null : row.email());
    }

    /** Gives {@code number} of {@code table} to {@code person} from {@code validFrom} (null: see class doc). */
    private void assign(String table, String numberColumn, String number, int person, Instant validFrom)
            throws SQLException {
        Instant from = validFrom;
        if (from == null) {
            int holder = holderAt(table, numberColumn, number, now.toEpochMilli());
            if (holder == person) {
                return;
            }
            from = holder == 0 && !hasAnyHolder(table, numberColumn, number) ? Instant.EPOCH : now;
        } else if (existing(table, numberColumn, number, from) == person) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM " + table + " WHERE " + numberColumn + " = ? AND valid_from = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO " + table + " (" + numberColumn + ", user_id, valid_from) VALUES (?, ?, ?)")) {
            delete.setString(1, number); // a correction of the same start replaces it
            delete.setLong(2, from.toEpochMilli());
            delete.executeUpdate();
            insert.setString(1, number);
            insert.setInt(2, person);
            insert.setLong(3, from.toEpochMilli());
            insert.executeUpdate();
        }
        assignmentsAdded++;
        if (from.isBefore(now) && (reallocateFrom == null || from.isBefore(reallocateFrom))) {
            reallocateFrom = from;
        }
    }

    private int holderAt(String table, String numberColumn, String number, long at) throws SQLException {
        return singleInt("SELECT user_id FROM " + table + " WHERE " + numberColumn + " = ? AND valid_from <= ?"
                + " ORDER BY valid_from DESC", number, at);
    }

    private boolean hasAnyHolder(String table, String numberColumn, String number) throws SQLException {
        return singleInt("SELECT COUNT(*) FROM " + table + " WHERE " + numberColumn + " = ? AND valid_from > ?",
                number, Long.MIN_VALUE) > 0;
    }

    private int existing(String table, String numberColumn, String number, Instant from) throws SQLException {
        return singleInt("SELECT user_id FROM " + table + " WHERE " + numberColumn + " = ? AND valid_from = ?",
                number, from.toEpochMilli());
    }

    /** The first row's first column, or 0 when there is none. */
    private int singleInt(String sql, String text, long number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, text);
            ps.setLong(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void setId(PreparedStatement ps, int index, int id) throws SQLException {
        if (id == 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, id);
        }
    }

    private static int generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id");
            }
            return keys.getInt(1);
        }
    }
}
