package org.bluewhale.reports.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;
import org.bluewhale.reports.CallTypeTitles;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportCurrency;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.standard.Keys;
import org.bluewhale.store.summary.CostLine;

/**
 * The department cost summary of stored calls: the store's per-person cost lines
 * ({@link org.bluewhale.store.summary.DepartmentSummary}) laid out by {@link DepartmentSummary},
 * with one cost column per call type that occurred. One currency per report: a company billed in
 * several must say which one, rather than have amounts in different currencies added up.
 */
public final class DepartmentSummaryReport {

    private DepartmentSummaryReport() {
    }

    /**
     * @param request its filter's currency is the one to report in, or null when the calls are all in one
     * @throws IllegalArgumentException when the calls are in several currencies and none was chosen,
     *                                  or in none that matches the choice
     */
    public static Report of(List<CostLine> costs, ReportRequest request) {
        Currency chosen = ReportCurrency.choose(costs.stream().map(line -> line.cost().currency()).collect(Collectors.toSet()),
                request.filter().currency());
        Set<CallClass> types = EnumSet.noneOf(CallClass.class);
        costs.stream().filter(line -> inCurrency(line, chosen)).forEach(line -> types.addAll(line.costByClass().keySet()));
        List<String> titles = types.stream().map(CallTypeTitles::of).toList();
        List<DepartmentSummaryLine> lines = new ArrayList<>();
        for (CostLine cost : costs) {
            if (!inCurrency(cost, chosen)) {
                continue;
            }
            List<BigDecimal> byType = types.stream().map(type -> cost.costByClass()
                    .getOrDefault(type, new Money(0, chosen)).toBigDecimal()).toList();
            lines.add(new DepartmentSummaryLine(Keys.department(cost.departmentPath()), Keys.user(cost.user()),
                    cost.cost().toBigDecimal(), cost.savings().toBigDecimal(), cost.calls(), cost.durationSeconds(),
                    byType));
        }
        return DepartmentSummary.of(request.filter().period(), request.generatedAt(), request.createdBy(),
                request.filter().describe(), chosen.getCurrencyCode(),
                Math.max(0, chosen.getDefaultFractionDigits()), titles, lines);
    }

    private static boolean inCurrency(CostLine line, Currency currency) {
        return line.cost().currency().equals(currency);
    }
}
