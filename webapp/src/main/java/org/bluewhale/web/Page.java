package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The paging of list resources: {@code limit} and {@code offset} in, {@code total} and {@code items} out. */
record Page(int limit, int offset) {

    /** The page a request asks for; a limit outside 1..{@code maxLimit} or a negative offset is a 400. */
    static Page of(Context ctx, int maxLimit) {
        int limit = QueryParams.integer(ctx, "limit", 100);
        int offset = QueryParams.integer(ctx, "offset", 0);
        if (limit < 1 || limit > maxLimit || offset < 0) {
            throw new BadRequest("limit must be 1.." + maxLimit + " and offset not negative");
        }
        return new Page(limit, offset);
    }

    static Map<String, Object> json(long total, int limit, int offset, List<?> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", total);
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("items", items);
        return page;
    }

    Map<String, Object> json(long total, List<?> items) {
        return json(total, limit, offset, items);
    }
}
