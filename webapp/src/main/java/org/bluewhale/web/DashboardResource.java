package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.summary.TrafficReader;
import org.bluewhale.web.dashboard.DashboardFigures;

/**
 * {@code GET /api/v1/dashboard?zone=&from=&to=}: today and this month in {@code zone} (the
 * operator's, which the UI sends; UTC when left out) — calls, billed seconds, cost, reference cost
 * and savings, per class, hour, day, department, person, destination, and today's trunk load
 * ({@link DashboardFigures}); and the first version's calls, billed seconds and cost per call class
 * in [{@code from}, {@code to}) (the last 24 hours by default), for a request that gives a period
 * or no zone (every client written before zone existed): a second pass over the period's calls
 * that the screen does not need. All within the operator's department scope.
 */
final class DashboardResource {

    private final CdrReader cdrs;
    private final TrafficReader traffic;
    private final DepartmentScope scope;
    private final Clock clock;

    DashboardResource(CdrReader cdrs, TrafficReader traffic, DepartmentScope scope, Clock clock) {
        this.cdrs = cdrs;
        this.traffic = traffic;
        this.scope = scope;
        this.clock = clock;
    }

    void totals(Context ctx) {
        Instant now = clock.instant();
        Instant to = QueryParams.instant(ctx, "to", now);
        Instant from = QueryParams.instant(ctx, "from", to.minus(Duration.ofDays(1)));
        if (!from.isBefore(to)) {
            throw new BadRequest("from must be before to");
        }
        ZoneId zone = QueryParams.zone(ctx);
        Set<Integer> departments = scope.of(Access.principal(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        if (ctx.queryParam("zone") == null || ctx.queryParam("from") != null || ctx.queryParam("to") != null) {
            body.put("from", from.toString());
            body.put("to", to.toString());
            body.put("byClass", byClass(CdrQuery.between(from, to).withinDepartments(departments)));
        }
        body.putAll(DashboardFigures.read(traffic, zone, now, departments));
        ctx.json(body);
    }

    private List<Map<String, Object>> byClass(CdrQuery query) {
        return cdrs.totalsByClass(query).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("callClass", t.callClass().name());
            m.put("calls", t.calls());
            m.put("billedSeconds", t.billedSeconds());
            m.put("cost", t.cost().toBigDecimal().toPlainString());
            m.put("currency", t.cost().currency().getCurrencyCode());
            return m;
        }).toList();
    }
}
