package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        m.put("rawText", printable(q.raw()));
        m.put("rawBase64", Base64.getEncoder().encodeToString(q.raw()));
        return m;
    }

    /** The bytes as ASCII text, every other byte written as {@code \xNN}. */
    static String printable(byte[] raw) {
        StringBuilder text = new StringBuilder(raw.length);
        for (byte b : raw) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                text.append((char) c);
            } else {
                text.append(String.format("\\x%02x", c));
            }
        }
        return text.toString();
    }
}
