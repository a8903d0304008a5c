package org.bluewhale.reports.standard;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.summary.DepartmentSummaryReport;
import org.bluewhale.store.summary.CostLine;

/**
 * The department cost summary. Over the whole company it is read from the store's daily roll-up
 * (a month in well under a second); narrowed by a filter or an operator's scope, the calls are
 * summed one by one, with the same layout.
 */
public final class DepartmentSummaryDefinition implements ReportDefinition {

    @Override
    public String name() {
        return "department-summary";
    }

    @Override
    public String description() {
        return "cost, savings, calls and duration per department and person, with subtotals and cost per call type";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        CallFilter filter = request.filter();
        List<CostLine> lines = filter.isPeriodOnly()
                ? calls.rolledUp().between(filter.period().from(), filter.period().to())
                : summed(filter, calls);
        return DepartmentSummaryReport.of(lines, request);
    }

    /** Who a line is about: a person of a department (or nobody). */
    private record Who(List<String> path, String user) {
    }

    private static List<CostLine> summed(CallFilter filter, CallSource calls) {
        Currency currency = calls.currency(filter);
        Map<Who, long[]> sums = new LinkedHashMap<>(); // calls, seconds, cost, reference cost
        Map<Who, Map<CallClass, Long>> byClass = new LinkedHashMap<>();
        calls.forEach(filter, CallSource.Order.START, call -> {
            Who who = new Who(call.departmentPath(), call.user());
            long[] sum = sums.computeIfAbsent(who, k -> new long[4]);
            sum[0]++;
            sum[1] += call.durationSeconds();
            sum[2] += call.costMinor();
            sum[3] += call.referenceMinor();
            byClass.computeIfAbsent(who, k -> new EnumMap<>(CallClass.class)).merge(call.callClass(), call.costMinor(),
                    Long::sum);
        });
        List<CostLine> lines = new ArrayList<>();
        sums.forEach((who, sum) -> {
            Map<CallClass, Money> costs = new EnumMap<>(CallClass.class);
            byClass.get(who).forEach((type, minor) -> costs.put(type, new Money(minor, currency)));
            lines.add(new CostLine(who.path(), who.user(), sum[0], sum[1], new Money(sum[2], currency),
                    new Money(sum[3], currency), costs));
        });
        return lines;
    }
}
