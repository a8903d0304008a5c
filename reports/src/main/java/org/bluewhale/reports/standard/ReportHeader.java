package org.bluewhale.reports.standard;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.spi.ReportRequest;

/**
 * The block above every standard report's table: the period with its UTC offsets, when and by
 * whom it was generated, the filters that narrowed it, and its totals, so a printed page says
 * what it covers.
 */
public final class ReportHeader {

    private ReportHeader() {
    }

    public static List<HeaderLine> of(ReportRequest request, Currency currency, Tally total) {
        List<HeaderLine> lines = new ArrayList<>(List.of(
                new HeaderLine("Time range", request.filter().period().describe()),
                new HeaderLine("Generated at", request.filter().period().local(request.generatedAt())),
                new HeaderLine("Created by", request.createdBy())));
        String filters = request.filter().describe();
        if (!filters.isEmpty()) {
            lines.add(new HeaderLine("Filters", filters));
        }
        int decimals = decimals(currency);
        lines.add(new HeaderLine("Total calls", Long.toString(total.calls)));
        lines.add(new HeaderLine("Total cost", Measure.money(total.costMinor, decimals).toPlainString() + " "
                + currency.getCurrencyCode()));
        return lines;
    }

    /** Digits of the currency's minor unit (ISO 4217 "no currency" has none). */
    public static int decimals(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
