package org.bluewhale.reports;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one currency a report is in. Amounts in different currencies are never added up: when a
 * period's calls are in several, the operator must choose one, and a choice the calls do not have
 * is refused rather than answered with an empty report.
 */
public final class ReportCurrency {

    /** ISO 4217's "no currency": the report of a period without calls. */
    public static final Currency NONE = Currency.getInstance("XXX");

    private ReportCurrency() {
    }

    /**
     * @param present   the currencies of the calls that could be reported
     * @param requested the operator's choice (an ISO 4217 code in any case), or null/blank for none
     * @throws IllegalArgumentException when the calls are in several currencies and none was
     *                                  chosen, or in none that matches the choice
     */
    public static Currency choose(Set<Currency> present, String requested) {
        if (requested != null && !requested.isBlank()) {
            Currency currency = Currency.getInstance(requested.trim().toUpperCase(Locale.ROOT));
            if (!present.isEmpty() && !present.contains(currency)) {
                throw new IllegalArgumentException("no calls in " + currency + " in this period; they are in "
                        + codes(present));
            }
            return currency;
        }
        if (present.size() > 1) {
            throw new IllegalArgumentException("the calls of this period are in " + codes(present)
                    + "; choose one currency");
        }
        return present.isEmpty() ? NONE : present.iterator().next();
    }

    private static String codes(Set<Currency> currencies) {
        return new TreeSet<>(currencies.stream().map(Currency::getCurrencyCode).toList()).toString();
    }
}
