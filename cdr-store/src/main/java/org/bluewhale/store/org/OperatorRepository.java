package org.bluewhale.store.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Web UI operators: login (unique), password hash computed by the webapp, role. */
public final class OperatorRepository {

    private static final String COLUMNS = "login, password_hash, role, created_at, department_id, failed_logins,"
            + " locked_until";

    private final Sql sql;

    public OperatorRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    /** Creates an operator; fails with a StoreException when the login exists. */
    public Operator create(String login, String passwordHash, String role) {
        return create(login, passwordHash, role, null);
    }

    /** Creates an operator scoped to {@code departmentId} (null for none). */
    public Operator create(String login, String passwordHash, String role, Integer departmentId) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Operator operator = new Operator(login, passwordHash, role, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                departmentId, 0, Instant.EPOCH);
        sql.update("INSERT INTO operator (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 0, 0)", ps -> {
            ps.setString(1, login);
            ps.setString(2, passwordHash);
            ps.setString(3, role);
            ps.setLong(4, operator.createdAt().toEpochMilli());
            Sql.setNullableInt(ps, 5, departmentId);
        }, "create operator " + login);
        return operator;
    }

    public Optional<Operator> find(String login) {
        return sql.query("SELECT " + COLUMNS + " FROM operator WHERE login = ?", ps -> ps.setString(1, login),
                OperatorRepository::operator, "find operator " + login).stream().findFirst();
    }

    public List<Operator> list() {
        return sql.query("SELECT " + COLUMNS + " FROM operator ORDER BY login", ps -> { },
                OperatorRepository::operator, "list operators");
    }

    private static Operator operator(ResultSet rs) throws SQLException {
        return new Operator(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                Sql.nullableInt(rs, 5), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7)));
    }

    /** Replaces the password hash; false when there is no such operator. */
    public boolean updatePasswordHash(String login, String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return sql.update("UPDATE operator SET password_hash = ? WHERE login = ?", ps -> {
            ps.setString(1, passwordHash);
            ps.setString(2, login);
        }, "update password of " + login) == 1;
    }

    /** Counts one more failed login; returns the failures since the last success. */
    public int countFailedLogin(String login) {
        sql.update("UPDATE operator SET failed_logins = failed_logins + 1 WHERE login = ?", ps -> ps.setString(1, login),
                "count a failed login of " + login);
        return find(login).map(Operator::failedLogins).orElse(0);
    }

    /** Refuses logins until {@code until} and starts counting failures afresh. */
    public void lockUntil(String login, Instant until) {
        sql.update("UPDATE operator SET locked_until = ?, failed_logins = 0 WHERE login = ?", ps -> {
            ps.setLong(1, until.toEpochMilli());
            ps.setString(2, login);
        }, "lock operator " + login);
    }

    /** Forgets failed logins and any lock (a successful login, or an administrator's unlock). */
    public boolean clearFailedLogins(String login) {
        return sql.update("UPDATE operator SET locked_until = 0, failed_logins = 0 WHERE login = ?",
                ps -> ps.setString(1, login), "unlock operator " + login) == 1;
    }
}
