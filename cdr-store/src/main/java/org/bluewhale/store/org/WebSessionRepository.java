package org.bluewhale.store.org;

import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Browser sessions by the hash of their id (computed by the webapp), so they outlive a restart. */
public final class WebSessionRepository {

    /** A stored session. */
    public record StoredSession(String idHash, String operatorLogin, String csrfToken, Instant createdAt,
                                Instant lastSeen) {
    }

    private final Sql sql;

    public WebSessionRepository(DataSource pool) {
        this.sql = new Sql(pool);
    }

    public void create(StoredSession s) {
        sql.update("INSERT INTO web_session (id_hash, operator_login, csrf_token, created_at, last_seen)"
                + " VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, s.idHash());
                    ps.setString(2, s.operatorLogin());
                    ps.setString(3, s.csrfToken());
                    ps.setLong(4, s.createdAt().toEpochMilli());
                    ps.setLong(5, s.lastSeen().toEpochMilli());
                }, "store a session of " + s.operatorLogin());
    }

    public Optional<StoredSession> find(String idHash) {
        return sql.query("SELECT id_hash, operator_login, csrf_token, created_at, last_seen FROM web_session"
                + " WHERE id_hash = ?", ps -> ps.setString(1, idHash), rs -> new StoredSession(rs.getString(1),
                        rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                        Instant.ofEpochMilli(rs.getLong(5))), "find a session").stream().findFirst();
    }

    public void touch(String idHash, Instant lastSeen) {
        sql.update("UPDATE web_session SET last_seen = ? WHERE id_hash = ?", ps -> {
            ps.setLong(1, lastSeen.toEpochMilli());
            ps.setString(2, idHash);
        }, "note a session's use");
    }

    public void delete(String idHash) {
        sql.update("DELETE FROM web_session WHERE id_hash = ?", ps -> ps.setString(1, idHash), "end a session");
    }

    public void deleteAll(String operatorLogin) {
        sql.update("DELETE FROM web_session WHERE operator_login = ?", ps -> ps.setString(1, operatorLogin),
                "end the sessions of " + operatorLogin);
    }

    /** Forgets sessions idle since before {@code seenBefore} or opened before {@code createdBefore}. */
    public int deleteExpired(Instant seenBefore, Instant createdBefore) {
        return sql.update("DELETE FROM web_session WHERE last_seen < ? OR created_at < ?", ps -> {
            ps.setLong(1, seenBefore.toEpochMilli());
            ps.setLong(2, createdBefore.toEpochMilli());
        }, "forget expired sessions");
    }
}
