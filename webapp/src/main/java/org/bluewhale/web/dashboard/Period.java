package org.bluewhale.web.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bluewhale.core.CallClass;

/** The calls of one stretch of time (today, this month, an hour, a day): totals per currency and per call class. */
final class Period {

    private long calls;
    private long billedSeconds;
    private final Map<Currency, Tally> costs = new HashMap<>();
    private final Map<ClassAndCurrency, Tally> byClass = new HashMap<>();

    void add(CallClass callClass, Currency currency, long calls, long billedSeconds, long costMinor, long referenceMinor) {
        this.calls += calls;
        this.billedSeconds += billedSeconds;
        costs.computeIfAbsent(currency, k -> new Tally()).add(calls, billedSeconds, costMinor, referenceMinor);
        byClass.computeIfAbsent(new ClassAndCurrency(callClass.name(), currency.getCurrencyCode()), k -> new Tally())
                .add(calls, billedSeconds, costMinor, referenceMinor);
    }

    /** Calls, billed seconds and the money per currency. */
    Map<String, Object> totals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls);
        m.put("billedSeconds", billedSeconds);
        m.put("costs", costs.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Currency::getCurrencyCode)))
                .map(e -> e.getValue().money(e.getKey())).toList());
        return m;
    }

    /** The totals, then one row per call class and currency (in class name order). */
    Map<String, Object> json(Instant from, Instant to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.putAll(totals());
        m.put("byClass", new TreeMap<>(byClass).entrySet().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("callClass", e.getKey().callClass());
            row.putAll(e.getValue().json(Currency.getInstance(e.getKey().currency())));
            return row;
        }).toList());
        return m;
    }

    /** A by-class row's key, in class name then currency order. */
    private record ClassAndCurrency(String callClass, String currency) implements Comparable<ClassAndCurrency> {
        @Override
        public int compareTo(ClassAndCurrency other) {
            int byName = callClass.compareTo(other.callClass);
            return byName != 0 ? byName : currency.compareTo(other.currency);
        }
    }
}
