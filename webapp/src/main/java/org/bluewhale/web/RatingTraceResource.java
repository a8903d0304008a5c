package org.bluewhale.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Money;
import org.bluewhale.rating.RatingTrace;
import org.bluewhale.store.cdr.StoredCdr;

/**
 * {@code GET /api/v1/cdrs/{pbx}/{sequence}/rating}: why a stored call costs what it costs. The
 * rating model in place rates the call again and says how: site, class, E.164 number, how the
 * carrier was chosen, and for the actual and the reference carrier the tariff version, matched
 * prefix and zone, each band/tier part with its seconds and price, the fee and the exact amount
 * before rounding. Versions are chosen by the call's start, so a later tariff version does not
 * change the answer; {@code matchesStored} is false when the model was edited in place since the
 * call was rated (or volume tiers counted it differently), and then {@code stored} is what was billed.
 */
final class RatingTraceResource {

    private final CdrResource calls;
    private final Function<CallLeg, RatingTrace> explain;

    RatingTraceResource(CdrResource calls, Function<CallLeg, RatingTrace> explain) {
        this.calls = calls;
        this.explain = explain;
    }

    void trace(Context ctx) {
        StoredCdr call = calls.visibleCall(ctx);
        RatingTrace trace = explain.apply(call.asLeg());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pbx", call.pbx());
        body.put("sequence", call.sequence());
        body.put("site", trace.site());
        body.put("callClass", trace.callClass().name());
        body.put("pstnClass", trace.pstnClass().name());
        body.put("e164", trace.e164());
        body.put("carrierChoice", trace.carrierChoice());
        body.put("actual", priced(trace.actual()));
        body.put("reference", priced(trace.reference()));
        body.put("savings", savings(trace));
        body.put("matchesStored", trace.actual() != null && trace.actual().cost().equals(call.cost())
                && trace.actual().billedSeconds() == call.billedSeconds());
        body.put("stored", Map.of("tariff", call.tariff(), "billedSeconds", call.billedSeconds(),
                "cost", amount(call.cost()), "currency", call.cost().currency().getCurrencyCode()));
        ctx.json(body);
    }

    private static Map<String, Object> priced(RatingTrace.Priced priced) {
        if (priced == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", priced.version());
        m.put("prefix", priced.prefix());
        m.put("zone", priced.zone());
        m.put("parts", parts(priced.parts()));
        m.put("fee", BigDecimal.valueOf(priced.feeMicros(), 6).stripTrailingZeros().toPlainString());
        m.put("exact", priced.exact().stripTrailingZeros().toPlainString());
        m.put("billedSeconds", priced.billedSeconds());
        m.put("cost", amount(priced.cost()));
        m.put("currency", priced.cost().currency().getCurrencyCode());
        m.put("tierCount", tierCount(priced.tierCount()));
        return m;
    }

    /** Whose month the volume tiers read ({@code plan} or {@code department} and its id), or null without tiers. */
    private static Map<String, Object> tierCount(RatingTrace.TierCount count) {
        if (count == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", count.scope().label());
        m.put("departmentId", count.departmentId());
        m.put("countedSeconds", count.countedSeconds());
        return m;
    }

    private static List<Map<String, Object>> parts(List<RatingTrace.Part> parts) {
        return parts.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("band", p.band());
            m.put("tierPercent", p.tierPercent().stripTrailingZeros().toPlainString());
            m.put("fromSecond", p.fromSecond());
            m.put("toSecond", p.toSecond());
            m.put("billedSeconds", p.billedSeconds());
            m.put("pricePerMinute", p.pricePerMinute().stripTrailingZeros().toPlainString());
            return m;
        }).toList();
    }

    /** Reference cost minus actual cost, when both exist in one currency; else null. */
    private static String savings(RatingTrace trace) {
        if (trace.actual() == null || trace.reference() == null
                || !trace.actual().cost().currency().equals(trace.reference().cost().currency())) {
            return null;
        }
        return trace.reference().cost().toBigDecimal().subtract(trace.actual().cost().toBigDecimal()).toPlainString();
    }

    private static String amount(Money money) {
        return money.toBigDecimal().toPlainString();
    }
}
