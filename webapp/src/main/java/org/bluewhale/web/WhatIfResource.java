package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.bluewhale.rating.Carrier;
import org.bluewhale.rating.LeastCost;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.Site;
import org.bluewhale.rating.TariffPlan;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;

/**
 * {@code GET /api/v1/what-if?from&to[&pbx][&department][&plans][&currency]}: the stored calls of a
 * period priced over every carrier plan (or the {@code plans} named, comma-separated
 * {@code carrier/plan}) of one currency, per destination zone, with the cheapest plan for each —
 * what least-cost routing would have saved. Each operator sees only the calls of their scope. The
 * work is calls x plans ratings, bounded by {@link #MAX_RATINGS}: a larger question is refused
 * with how to narrow it, rather than tying up the server.
 */
final class WhatIfResource {

    /** At about a million ratings a second, half a minute of work at most. */
    static final long MAX_RATINGS = 30_000_000;

    private final CdrReader cdrs;
    private final DepartmentScope scope;
    private final Supplier<RatingEngine> engine;

    WhatIfResource(CdrReader cdrs, DepartmentScope scope, Supplier<RatingEngine> engine) {
        this.cdrs = cdrs;
        this.scope = scope;
        this.engine = engine;
    }

    void compare(Context ctx) {
        QueryParams.Range range = QueryParams.range(ctx);
        RatingEngine rating = engine.get();
        List<TariffPlan> plans = plans(ctx, rating);
        CdrQuery query = new CdrQuery(range.from(), range.to(), QueryParams.text(ctx, "pbx"), null, 1, 0,
                scope.narrow(Access.principal(ctx), QueryParams.optionalInteger(ctx, "department")), null,
                CdrQuery.Sort.START);
        long maxCalls = MAX_RATINGS / plans.size();
        long calls = cdrs.countUpTo(query, maxCalls + 1);
        if (calls > maxCalls) {
            throw new BadRequest("more than " + maxCalls + " calls to price over " + plans.size()
                    + " plans: narrow the period, a PBX or a department, or name fewer plans");
        }
        LeastCost whatIf = LeastCost.over(rating, plans);
        cdrs.forEach(query, call -> whatIf.add(call.asLeg()));
        ctx.json(body(range, plans, calls, whatIf));
    }

    private static List<TariffPlan> plans(Context ctx, RatingEngine rating) {
        Map<String, TariffPlan> all = new LinkedHashMap<>();
        for (Carrier carrier : rating.model().carriers().values()) {
            carrier.plans().values().forEach(plan -> all.put(plan.id(), plan));
        }
        String named = QueryParams.text(ctx, "plans");
        List<TariffPlan> chosen = new ArrayList<>();
        if (named != null) {
            for (String id : Arrays.stream(named.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                TariffPlan plan = all.get(id);
                if (plan == null) {
                    throw new BadRequest("no plan '" + id + "'; the plans are " + all.keySet());
                }
                chosen.add(plan);
            }
        } else {
            Currency currency = currency(ctx, rating);
            all.values().stream().filter(p -> p.currency().equals(currency)).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw new BadRequest("no carrier plan to compare in that currency");
        }
        if (chosen.stream().map(TariffPlan::currency).distinct().count() > 1) {
            throw new BadRequest("the plans named are in several currencies; compare plans of one currency");
        }
        return chosen;
    }

    /** The {@code currency} asked for, else the first site's. */
    private static Currency currency(Context ctx, RatingEngine rating) {
        String code = QueryParams.text(ctx, "currency");
        if (code == null) {
            return rating.model().sites().values().stream().findFirst().map(Site::currency)
                    .orElseThrow(() -> new BadRequest("the rating model has no site; name the plans"));
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("currency '" + code + "' is not an ISO 4217 code");
        }
    }

    private static Map<String, Object> body(QueryParams.Range range, List<TariffPlan> plans, long calls, LeastCost whatIf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", range.from().toString());
        body.put("to", range.to().toString());
        body.put("currency", plans.get(0).currency().getCurrencyCode());
        body.put("plans", plans.stream().map(TariffPlan::id).toList());
        body.put("calls", calls);
        body.put("notCompared", whatIf.notCompared());
        List<Map<String, Object>> destinations = new ArrayList<>();
        whatIf.destinations().forEach((name, d) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("destination", name);
            m.put("calls", d.calls());
            m.put("seconds", d.seconds());
            Map<String, String> totals = new LinkedHashMap<>();
            d.totals().forEach((plan, cost) -> totals.put(plan, cost.toBigDecimal().toPlainString()));
            m.put("totals", totals);
            m.put("unpriced", d.unpriced());
            m.put("cheapest", whatIf.cheapest(name).orElse(null));
            destinations.add(m);
        });
        body.put("destinations", destinations);
        return body;
    }
}
