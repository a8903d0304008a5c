package org.bluewhale.store.org;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The audit log of logins and configuration changes: appended to, read newest first, never edited. */
public final class AuditLog {

    private final Sql sql;

    public AuditLog(DataSource pool) {
        this.sql = new Sql(pool);
    }

    public void record(Instant at, String actor, String action, String target, String remote) {
        sql.update("INSERT INTO audit_log (at_ms, actor, action, target, remote) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, target);
            ps.setString(5, remote);
        }, "write the audit log");
    }

    /** A page of entries, newest first. */
    public List<AuditEntry> page(int limit, int offset) {
        return sql.query("SELECT id, at_ms, actor, action, target, remote FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?",
                ps -> {
                    ps.setInt(1, limit);
                    ps.setInt(2, offset);
                }, rs -> new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), nullToEmpty(rs.getString(5)), nullToEmpty(rs.getString(6))),
                "read the audit log");
    }

    public long count() {
        return sql.query("SELECT COUNT(*) FROM audit_log", ps -> { }, rs -> rs.getLong(1), "count the audit log").get(0);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
