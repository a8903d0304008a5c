package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
            query = new CdrQuery(instant(ctx, "from", BEGINNING), instant(ctx, "to", END),
                    ctx.queryParam("pbx"), ctx.queryParam("extension"),
                    integer(ctx, "limit", CdrQuery.DEFAULT_LIMIT), integer(ctx, "offset", 0));
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

    private static Instant instant(Context ctx, String name, Instant fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + "='" + value + "' is not an ISO-8601 instant such as 2026-11-24T08:00:00Z");
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + "='" + value + "' is not a whole number");
        }
    }
}
