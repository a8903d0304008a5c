package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;

/**
 * {@code GET /api/v1/dashboard?from=&to=}: calls, billed minutes and cost per call class in a
 * period (the last 24 hours by default; the UI asks for the operator's "today"), within the
 * operator's department scope.
 */
final class DashboardResource {

    private final CdrReader cdrs;
    private final DepartmentScope scope;

    DashboardResource(CdrReader cdrs, DepartmentScope scope) {
        this.cdrs = cdrs;
        this.scope = scope;
    }

    void totals(Context ctx) {
        Instant to = QueryParams.instant(ctx, "to", Instant.now());
        Instant from = QueryParams.instant(ctx, "from", to.minus(Duration.ofDays(1)));
        if (!from.isBefore(to)) {
            throw new BadRequest("from must be before to");
        }
        CdrQuery query = CdrQuery.between(from, to).withinDepartments(scope.of(Access.principal(ctx)));
        List<Map<String, Object>> classes = cdrs.totalsByClass(query).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("callClass", t.callClass().name());
            m.put("calls", t.calls());
            m.put("billedSeconds", t.billedSeconds());
            m.put("cost", t.cost().toBigDecimal().toPlainString());
            m.put("currency", t.cost().currency().getCurrencyCode());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("byClass", classes);
        ctx.json(body);
    }
}
