package org.bluewhale.store.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** API tokens: created with the hash of their secret (computed by the webapp), looked up by it, revoked. */
public final class ApiTokenRepository {

    private static final String COLUMNS = "id, name, operator_login, token_hash, created_at, revoked_at";

    private final Sql sql;

    public ApiTokenRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    public ApiToken create(String name, String operatorLogin, String tokenHash, Instant createdAt) {
        Objects.requireNonNull(name, "name");
        int id = sql.insertReturningId("INSERT INTO api_token (name, operator_login, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?)", ps -> {
                    ps.setString(1, name);
                    ps.setString(2, operatorLogin);
                    ps.setString(3, tokenHash);
                    ps.setLong(4, createdAt.toEpochMilli());
                }, "create API token " + name);
        return new ApiToken(id, name, operatorLogin, tokenHash, createdAt, null);
    }

    /** The valid (not revoked) token with this hash. */
    public Optional<ApiToken> findActive(String tokenHash) {
        return sql.query("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
                ps -> ps.setString(1, tokenHash), ApiTokenRepository::token, "find API token").stream().findFirst();
    }

    public Optional<ApiToken> find(int id) {
        return sql.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", ps -> ps.setInt(1, id),
                ApiTokenRepository::token, "find API token " + id).stream().findFirst();
    }

    /** Every token, or only {@code operatorLogin}'s when it is not null, oldest first. */
    public List<ApiToken> list(String operatorLogin) {
        String where = operatorLogin == null ? "" : " WHERE operator_login = ?";
        return sql.query("SELECT " + COLUMNS + " FROM api_token" + where + " ORDER BY id", ps -> {
            if (operatorLogin != null) {
                ps.setString(1, operatorLogin);
            }
        }, ApiTokenRepository::token, "list API tokens");
    }

    /** Revokes a valid token; false when there is none with this id or it was already revoked. */
    public boolean revoke(int id, Instant at) {
        return sql.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", ps -> {
            ps.setLong(1, at.toEpochMilli());
            ps.setInt(2, id);
        }, "revoke API token " + id) == 1;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        long revoked = rs.getLong(6);
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new ApiToken(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), revokedAt);
    }
}
