package org.bluewhale.store.org;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
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
