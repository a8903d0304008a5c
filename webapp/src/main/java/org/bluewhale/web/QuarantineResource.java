package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.rawdump.RawDumpLine;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.StoredQuarantine;

/**
 * {@code GET /api/v1/quarantine?limit=&offset=}: records that could not be decoded, newest first,
 * with the reason and the raw bytes (as text with non-printable bytes escaped, and as base64), so
 * an administrator can see what the PBX sent and fix the layout.
 */
final class QuarantineResource {

    private static final int MAX_LIMIT = 1_000;

    private final CdrReader cdrs;

    QuarantineResource(CdrReader cdrs) {
        this.cdrs = cdrs;
    }

    void list(Context ctx) {
        Page page = Page.of(ctx, MAX_LIMIT);
        List<Map<String, Object>> items = cdrs.quarantine(page.limit(), page.offset()).stream()
                .map(QuarantineResource::json).toList();
        ctx.json(page.json(cdrs.quarantineCount(), items));
    }

    private static Map<String, Object> json(StoredQuarantine q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pbx", q.pbx());
        m.put("sequence", q.sequence());
        m.put("journalPosition", q.journalPosition());
        m.put("receivedAt", q.receivedAt().toString());
        m.put("reason", q.reason());
        m.put("truncated", q.truncated());
        m.put("rawText", RawDumpLine.escape(q.raw()));
        m.put("rawBase64", Base64.getEncoder().encodeToString(q.raw()));
        return m;
    }
}
