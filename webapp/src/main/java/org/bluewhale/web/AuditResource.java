package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.store.org.AuditLog;

/** {@code GET /api/v1/audit?limit=&offset=}: logins and configuration changes, newest first. */
final class AuditResource {

    private static final int MAX_LIMIT = 1_000;

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    void list(Context ctx) {
        Page page = Page.of(ctx, MAX_LIMIT);
        List<Map<String, Object>> items = log.page(page.limit(), page.offset()).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("at", e.at().toString());
            m.put("actor", e.actor());
            m.put("action", e.action());
            m.put("target", e.target());
            m.put("remote", e.remote());
            return m;
        }).toList();
        ctx.json(page.json(log.count(), items));
    }
}
