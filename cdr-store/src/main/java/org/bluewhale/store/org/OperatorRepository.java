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

    private static final String COLUMNS = "login, password_hash, role, created_at";

    private final Sql sql;

    public OperatorRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    /** Creates an operator; fails with a StoreException when the login exists. */
    public Operator create(String login, String passwordHash, String role) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Operator operator = new Operator(login, passwordHash, role, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        sql.update("INSERT INTO operator (" + COLUMNS + ") VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, login);
            ps.setString(2, passwordHash);
            ps.setString(3, role);
            ps.setLong(4, operator.createdAt().toEpochMilli());
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
        return new Operator(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
    }

    /** Replaces the password hash; false when there is no such operator. */
    public boolean updatePasswordHash(String login, String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return sql.update("UPDATE operator SET password_hash = ? WHERE login = ?", ps -> {
            ps.setString(1, passwordHash);
            ps.setString(2, login);
        }, "update password of " + login) == 1;
    }
}
