package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.StoredCdr;

/**
 * Rated calls, always within the operator's department scope:
 * {@code GET /api/v1/cdrs} (one page, with the total counted up to 10,000 calls past the page,
 * {@code totalExact} false when there are more), {@code GET /api/v1/cdrs/export} (every
 * matching call as CSV, streamed) and {@code GET /api/v1/cdrs/{pbx}/{sequence}} (one call with its
 * rating explanation and the quality reports its devices sent, {@link CallQualityJson};
 * {@link RatingTraceResource} adds its full trace). Filters: {@code from}, {@code to}, {@code pbx}, {@code extension},
 * {@code department}, {@code callClass}, {@code sort}; paging {@code limit}, {@code offset}.
 */
final class CdrResource {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    private static final Map<String, CdrQuery.Sort> SORTS = Map.of("start", CdrQuery.Sort.START,
            "-start", CdrQuery.Sort.START_DESC, "-cost", CdrQuery.Sort.COST_DESC, "-duration", CdrQuery.Sort.DURATION_DESC);

    /** How far past the page the total is counted; beyond it the total is a lower bound. */
    private static final long TOTAL_BEYOND_PAGE = 10_000;

    private final CdrReader cdrs;
    private final DepartmentScope scope;

    CdrResource(CdrReader cdrs, DepartmentScope scope) {
        this.cdrs = cdrs;
        this.scope = scope;
    }

    void list(Context ctx) {
        CdrQuery query = query(ctx);
        List<Map<String, Object>> items = cdrs.find(query).stream().map(CdrJson::map).toList();
        long cap = (long) query.offset() + query.limit() + TOTAL_BEYOND_PAGE;
        long total = cdrs.countUpTo(query, cap);
        Map<String, Object> page = Page.json(total, query.limit(), query.offset(), items);
        page.put("totalExact", total < cap);
        ctx.json(page);
    }

    void export(Context ctx) {
        CdrQuery query = query(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"cdrs.csv\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            out.write(String.join(",", CdrJson.FIELDS) + "\r\n");
            cdrs.forEach(query, c -> {
                try {
                    out.write(CdrJson.csvLine(c) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the export", e);
        }
    }

    void one(Context ctx) {
        StoredCdr call = visibleCall(ctx);
        Map<String, Object> body = CdrJson.map(call);
        body.put("rating", RatingExplanation.of(call));
        body.put("quality", cdrs.quality(call).stream().map(CallQualityJson::map).toList());
        ctx.json(body);
    }

    /** The call named by the path's {@code pbx} and {@code sequence}, if the operator may see it; else 404. */
    StoredCdr visibleCall(Context ctx) {
        long sequence;
        try {
            sequence = Long.parseLong(ctx.pathParam("sequence"));
        } catch (NumberFormatException e) {
            throw new BadRequest("the sequence '" + ctx.pathParam("sequence") + "' is not a whole number");
        }
        return cdrs.call(ctx.pathParam("pbx"), sequence, scope.of(Access.principal(ctx)))
                .orElseThrow(() -> new NotFoundResponse("no call " + sequence + " of PBX " + ctx.pathParam("pbx")
                        + " that you may see"));
    }

    private CdrQuery query(Context ctx) {
        String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("start");
        if (!SORTS.containsKey(sort)) {
            throw new BadRequest("sort='" + sort + "' is not one of " + String.join(", ", SORTS.keySet()));
        }
        Integer department = QueryParams.optionalInteger(ctx, "department");
        try {
            return new CdrQuery(QueryParams.instant(ctx, "from", BEGINNING), QueryParams.instant(ctx, "to", END),
                    QueryParams.text(ctx, "pbx"), QueryParams.text(ctx, "extension"),
                    QueryParams.integer(ctx, "limit", CdrQuery.DEFAULT_LIMIT), QueryParams.integer(ctx, "offset", 0),
                    scope.narrow(Access.principal(ctx), department), callClass(ctx), SORTS.get(sort));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static CallClass callClass(Context ctx) {
        String value = QueryParams.text(ctx, "callClass");
        if (value == null) {
            return null;
        }
        try {
            return CallClass.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("callClass='" + value + "' is not one of " + List.of(CallClass.values()));
        }
    }
}
