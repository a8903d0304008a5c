package org.bluewhale.web.dashboard;

import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bluewhale.core.CallClass;

/** The calls of one stretch of time (today, this month, an hour, a day): totals per currency and per call class. */
final class Period {

    private long calls;
    private long billedSeconds;
    private final Map<String, Tally> costs = new TreeMap<>();
    private final Map<String, Tally> byClass = new TreeMap<>();

    void add(CallClass callClass, Currency currency, long calls, long billedSeconds, long costMinor, long referenceMinor) {
        this.calls += calls;
        this.billedSeconds += billedSeconds;
        costs.computeIfAbsent(currency.getCurrencyCode(), k -> new Tally()).add(calls, billedSeconds, costMinor,
                referenceMinor);
        byClass.computeIfAbsent(callClass.name() + " " + currency.getCurrencyCode(), k -> new Tally())
                .add(calls, billedSeconds, costMinor, referenceMinor);
    }

    /** Calls, billed seconds and the money per currency. */
    Map<String, Object> totals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls);
        m.put("billedSeconds", billedSeconds);
        m.put("costs", costs.entrySet().stream().map(e -> e.getValue().money(Currency.getInstance(e.getKey()))).toList());
        return m;
    }

    /** The totals, then one row per call class and currency (in class name order). */
    Map<String, Object> json(Instant from, Instant to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.putAll(totals());
        m.put("byClass", byClass.entrySet().stream().map(e -> {
            String[] classAndCurrency = e.getKey().split(" ");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("callClass", classAndCurrency[0]);
            row.putAll(e.getValue().json(Currency.getInstance(classAndCurrency[1])));
            return row;
        }).toList());
        return m;
    }
}
