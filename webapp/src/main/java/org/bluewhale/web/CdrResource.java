package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;

/**
 * {@code GET /api/v1/cdrs?from=&to=&pbx=&extension=&limit=&offset=}: rated calls, oldest first,
 * one page at a time, with the total so a client can page through.
 */
final class CdrResource {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

    private final CdrReader cdrs;

    CdrResource(CdrReader cdrs) {
        this.cdrs = cdrs;
    }

    void list(Context ctx) {
        CdrQuery query;
        try {
            query = new CdrQuery(QueryParams.instant(ctx, "from", BEGINNING), QueryParams.instant(ctx, "to", END),
                    ctx.queryParam("pbx"), ctx.queryParam("extension"),
                    QueryParams.integer(ctx, "limit", CdrQuery.DEFAULT_LIMIT), QueryParams.integer(ctx, "offset", 0));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        List<Map<String, Object>> items = cdrs.find(query).stream().map(CdrJson::map).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", cdrs.count(query));
        page.put("limit", query.limit());
        page.put("offset", query.offset());
        page.put("items", items);
        ctx.json(page);
    }
}
