package org.bluewhale.web.dashboard;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.core.Money;

/** Calls, billed seconds, cost and reference cost added up exactly, in the minor units of one currency. */
final class Tally {

    long calls;
    long billedSeconds;
    long costMinor;
    long referenceMinor;

    void add(long calls, long billedSeconds, long costMinor, long referenceMinor) {
        this.calls += calls;
        this.billedSeconds += billedSeconds;
        this.costMinor += costMinor;
        this.referenceMinor += referenceMinor;
    }

    /** Most cost first, then most calls: the order of every top list. */
    static int byCostThenCalls(Tally a, Tally b) {
        int cost = Long.compare(b.costMinor, a.costMinor);
        return cost != 0 ? cost : Long.compare(b.calls, a.calls);
    }

    /** The figures as the API writes them; savings = reference cost - cost, exactly. */
    Map<String, Object> json(Currency currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls);
        m.put("billedSeconds", billedSeconds);
        m.putAll(money(currency));
        return m;
    }

    /** Only the money: cost, reference cost and savings in {@code currency}. */
    Map<String, Object> money(Currency currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", currency.getCurrencyCode());
        m.put("cost", text(costMinor, currency));
        m.put("referenceCost", text(referenceMinor, currency));
        m.put("savings", text(referenceMinor - costMinor, currency));
        return m;
    }

    private static String text(long minor, Currency currency) {
        return new Money(minor, currency).toBigDecimal().toPlainString();
    }
}
