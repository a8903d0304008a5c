package org.bluewhale.store.org;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Departments, users and which user an extension, authorisation code or account code belongs to
 * over time. Every change bumps the org revision, so the store reallocates new calls with it.
 */
public final class OrgRepository {

    /** Also run by the bulk import, inside its transaction. */
    public static final String REVISION_BUMP = "UPDATE org_revision SET revision = revision + 1 WHERE id = 1";

    private final Sql sql;

    public OrgRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    /** Adds a department under {@code parentId} (null for top level). */
    public Department addDepartment(String name, Integer parentId) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO department (parent_id, name) VALUES (?, ?)", ps -> {
            Sql.setNullableInt(ps, 1, parentId);
            ps.setString(2, name);
        }, "add department " + name);
        changed();
        return new Department(id, parentId, name);
    }

    public List<Department> departments() {
        return sql.query("SELECT id, parent_id, name FROM department ORDER BY id", ps -> { },
                rs -> new Department(rs.getInt(1), Sql.nullableInt(rs, 2), rs.getString(3)), "list departments");
    }

    /** {@code root} and every department below it (a department manager's scope, a report's department filter). */
    public Set<Integer> subtree(int root) {
        List<Department> all = departments();
        Set<Integer> found = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (found.add(id)) {
                all.stream().filter(d -> d.parentId() != null && d.parentId() == id).forEach(d -> todo.push(d.id()));
            }
        }
        return found;
    }

    /** Adds a user in {@code departmentId} (null for none). */
    public AppUser addUser(String name, Integer departmentId) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO app_user (name, department_id) VALUES (?, ?)", ps -> {
            ps.setString(1, name);
            Sql.setNullableInt(ps, 2, departmentId);
        }, "add user " + name);
        changed();
        return new AppUser(id, name, departmentId);
    }

    public List<AppUser> users() {
        return sql.query("SELECT id, name, department_id FROM app_user ORDER BY id", ps -> { },
                rs -> new AppUser(rs.getInt(1), rs.getString(2), Sql.nullableInt(rs, 3)), "list users");
    }

    /** Gives extension {@code number} to {@code userId} from {@code validFrom} on. */
    public void assignExtension(String number, int userId, Instant validFrom) {
        Objects.requireNonNull(number, "number");
        sql.update("INSERT INTO extension (number, user_id, valid_from) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, number);
            ps.setInt(2, userId);
            ps.setLong(3, validFrom.toEpochMilli());
        }, "assign extension " + number);
        changed();
    }

    /** Charges calls made with authorisation code {@code code} to {@code userId} from {@code validFrom} on. */
    public void assignAuthCode(String code, int userId, Instant validFrom) {
        Objects.requireNonNull(code, "code");
        sql.update("INSERT INTO auth_code (code, user_id, valid_from) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, code);
            ps.setInt(2, userId);
            ps.setLong(3, validFrom.toEpochMilli());
        }, "assign authorisation code");
        changed();
    }

    /** Charges calls carrying account code {@code code} to {@code departmentId} from {@code validFrom} on. */
    public void assignAccountCode(String code, int departmentId, Instant validFrom, String description) {
        Objects.requireNonNull(code, "code");
        sql.update("INSERT INTO account_code (code, department_id, valid_from, description) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, code);
                    ps.setInt(2, departmentId);
                    ps.setLong(3, validFrom.toEpochMilli());
                    ps.setString(4, description);
                }, "assign account code " + code);
        changed();
    }

    /** Renames department {@code id} and puts it under {@code parentId} (null: top level); false if there is none. */
    public boolean updateDepartment(int id, String name, Integer parentId) {
        Objects.requireNonNull(name, "name");
        return changedIf(sql.update("UPDATE department SET name = ?, parent_id = ? WHERE id = ?", ps -> {
            ps.setString(1, name);
            Sql.setNullableInt(ps, 2, parentId);
            ps.setInt(3, id);
        }, "change department " + id));
    }

    /** Deletes department {@code id}; the caller checks it holds no people, subdepartments or account codes. */
    public boolean deleteDepartment(int id) {
        return changedIf(sql.update("DELETE FROM department WHERE id = ?", ps -> ps.setInt(1, id),
                "delete department " + id));
    }

    /**
     * How many people, account codes and department managers (operators scoped to it) department
     * {@code id} has, its subdepartments not counted.
     */
    public long holdingsOf(int id) {
        return sql.query("SELECT (SELECT COUNT(*) FROM app_user WHERE department_id = ?)"
                        + " + (SELECT COUNT(*) FROM account_code WHERE department_id = ?)"
                        + " + (SELECT COUNT(*) FROM operator WHERE department_id = ?)", ps -> {
                    ps.setInt(1, id);
                    ps.setInt(2, id);
                    ps.setInt(3, id);
                }, rs -> rs.getLong(1), "count what department " + id + " holds").get(0);
    }

    /** Adds a person with their staff number and e-mail (each null when not given). */
    public AppUser addUser(String name, Integer departmentId, String employeeId, String email) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO app_user (name, department_id, employee_id, email) VALUES (?, ?, ?, ?)",
                ps -> bindPerson(ps, name, departmentId, employeeId, email), "add user " + name);
        changed();
        return new AppUser(id, name, departmentId, employeeId, email);
    }

    /** Replaces person {@code id}'s details; false if there is none. */
    public boolean updateUser(int id, String name, Integer departmentId, String employeeId, String email) {
        Objects.requireNonNull(name, "name");
        return changedIf(sql.update("UPDATE app_user SET name = ?, department_id = ?, employee_id = ?, email = ?"
                + " WHERE id = ?", ps -> {
                    bindPerson(ps, name, departmentId, employeeId, email);
                    ps.setInt(5, id);
                }, "change user " + id));
    }

    /** Deletes person {@code id}; the caller checks they hold no extension or code assignment. */
    public boolean deleteUser(int id) {
        return changedIf(sql.update("DELETE FROM app_user WHERE id = ?", ps -> ps.setInt(1, id), "delete user " + id));
    }

    private static void bindPerson(PreparedStatement ps, String name, Integer departmentId, String employeeId,
                                   String email) throws SQLException {
        ps.setString(1, name);
        Sql.setNullableInt(ps, 2, departmentId);
        ps.setString(3, employeeId);
        ps.setString(4, email);
    }

    public Optional<AppUser> user(int id) {
        return sql.query(PERSON + " WHERE id = ?", ps -> ps.setInt(1, id), OrgRepository::person, "find user " + id)
                .stream().findFirst();
    }

    public Optional<AppUser> userByEmployeeId(String employeeId) {
        return sql.query(PERSON + " WHERE employee_id = ?", ps -> ps.setString(1, employeeId), OrgRepository::person,
                "find employee " + employeeId).stream().findFirst();
    }

    /**
     * A page of the people in {@code departments} (null: everyone), by name, whose name, employee_id
     * or one of whose extensions contains {@code text} (empty: all).
     */
    public List<AppUser> users(Collection<Integer> departments, String text, int limit, int offset) {
        UserFilter filter = new UserFilter(departments, text);
        return sql.query(PERSON + filter.where + " ORDER BY name, id LIMIT ? OFFSET ?", ps -> {
            int next = filter.bind(ps);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
        }, OrgRepository::person, "list users");
    }

    /** How many people {@link #users(Collection, String, int, int)} pages through. */
    public long countUsers(Collection<Integer> departments, String text) {
        UserFilter filter = new UserFilter(departments, text);
        return sql.query("SELECT COUNT(*) FROM app_user" + filter.where, filter::bind, rs -> rs.getLong(1),
                "count users").get(0);
    }

    private static final String PERSON = "SELECT id, name, department_id, employee_id, email FROM app_user";

    private static AppUser person(ResultSet rs) throws SQLException {
        return new AppUser(rs.getInt(1), rs.getString(2), Sql.nullableInt(rs, 3), rs.getString(4), rs.getString(5));
    }

    /** The WHERE clause of a user search and its parameters. */
    private static final class UserFilter {
        final String where;
        private final List<Integer> departments;
        private final String pattern;

        UserFilter(Collection<Integer> departments, String text) {
            this.departments = departments == null ? null : List.copyOf(departments);
            this.pattern = text == null || text.isBlank() ? null
                    : "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            List<String> conditions = new ArrayList<>();
            if (this.departments != null) {
                conditions.add(this.departments.isEmpty() ? "1 = 0"
                        : "department_id IN (" + String.join(", ", Collections.nCopies(this.departments.size(), "?")) + ")");
            }
            if (pattern != null) {
                conditions.add("(LOWER(name) LIKE ? ESCAPE '!' OR LOWER(employee_id) LIKE ? ESCAPE '!'"
                        + " OR id IN (SELECT user_id FROM extension WHERE number LIKE ? ESCAPE '!'))");
            }
            this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Binds the parameters from 1; returns the next free index. */
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            if (departments != null) {
                for (int id : departments) {
                    ps.setInt(i++, id);
                }
            }
            if (pattern != null) {
                for (int k = 0; k < 3; k++) {
                    ps.setString(i++, pattern);
                }
            }
            return i;
        }
    }

    /** The extension assignments of {@code userIds}, by number and start. */
    public List<ExtensionAssignment> extensionsOf(Collection<Integer> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = List.copyOf(userIds);
        return sql.query("SELECT number, user_id, valid_from FROM extension WHERE user_id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY number, valid_from", ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setInt(i + 1, ids.get(i));
                    }
                }, rs -> new ExtensionAssignment(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))),
                "list extensions of users");
    }

    /** Every assignment of extension {@code number}, oldest first. */
    public List<ExtensionAssignment> historyOf(String number) {
        return historyOf(List.of(number));
    }

    /** Every assignment of the extensions {@code numbers}, by number, oldest first. */
    public List<ExtensionAssignment> historyOf(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<String> wanted = List.copyOf(numbers);
        return sql.query("SELECT number, user_id, valid_from FROM extension WHERE number IN ("
                        + String.join(", ", Collections.nCopies(wanted.size(), "?")) + ") ORDER BY number, valid_from", ps -> {
                    for (int i = 0; i < wanted.size(); i++) {
                        ps.setString(i + 1, wanted.get(i));
                    }
                }, rs -> new ExtensionAssignment(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))),
                "list the history of extensions");
    }

    /** Removes the assignment of {@code number} starting at {@code validFrom} (a correction); false if there is none. */
    public boolean removeExtension(String number, Instant validFrom) {
        return changedIf(sql.update("DELETE FROM extension WHERE number = ? AND valid_from = ?", ps -> {
            ps.setString(1, number);
            ps.setLong(2, validFrom.toEpochMilli());
        }, "remove extension " + number));
    }

    /** How many extension and authorisation-code assignments person {@code id} has, past ones included. */
    public long assignmentsOf(int id) {
        return sql.query("SELECT (SELECT COUNT(*) FROM extension WHERE user_id = ?)"
                        + " + (SELECT COUNT(*) FROM auth_code WHERE user_id = ?)", ps -> {
                    ps.setInt(1, id);
                    ps.setInt(2, id);
                }, rs -> rs.getLong(1), "count the assignments of user " + id).get(0);
    }

    private boolean changedIf(int rows) {
        if (rows > 0) {
            changed();
        }
        return rows > 0;
    }

    /** Tells the store's allocator (in this process or another) to reload the org. */
    private void changed() {
        sql.update(REVISION_BUMP, ps -> { }, "bump the org revision");
    }

    public List<ExtensionAssignment> extensions() {
        return sql.query("SELECT number, user_id, valid_from FROM extension ORDER BY number, valid_from", ps -> { },
                rs -> new ExtensionAssignment(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))),
                "list extensions");
    }

    /** The user extension {@code number} belonged to at instant {@code at}, if any. */
    public Optional<AppUser> userOfExtension(String number, Instant at) {
        return sql.query("SELECT u.id, u.name, u.department_id FROM extension e JOIN app_user u ON u.id = e.user_id"
                        + " WHERE e.number = ? AND e.valid_from <= ? ORDER BY e.valid_from DESC LIMIT 1", ps -> {
                    ps.setString(1, number);
                    ps.setLong(2, at.toEpochMilli());
                }, rs -> new AppUser(rs.getInt(1), rs.getString(2), Sql.nullableInt(rs, 3)),
                "find user of extension " + number).stream().findFirst();
    }
}
