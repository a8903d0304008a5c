package org.bluewhale.reports.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.ReportRow;

/**
 * The department cost summary in the layout enterprises know: a header block (period with its UTC
 * offset, generated at, created by, total calls, cost and savings), then one row per person
 * grouped by department path, a subtotal row closing each department, and a grand total; cost per
 * call type on the right. Its input is one line per person (a few thousand at most), so it is
 * held in memory to total the header before the first row is written.
 */
public final class DepartmentSummary {

    private DepartmentSummary() {
    }

    /**
     * @param callTypes titles of the cost-per-call-type columns, in the order of
     *                  {@link DepartmentSummaryLine#costByType()}
     * @param filters   the filters that narrowed the calls, as the header states them; empty for none
     * @param currency  ISO code shown next to the totals
     */
    public static Report of(ReportPeriod period, Instant generatedAt, String createdBy, String filters, String currency,
                            int moneyDecimals, List<String> callTypes, List<DepartmentSummaryLine> lines) {
        List<DepartmentSummaryLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(DepartmentSummaryLine::departmentPath).thenComparing(DepartmentSummaryLine::user));
        for (DepartmentSummaryLine line : sorted) {
            if (line.costByType().size() != callTypes.size()) {
                throw new IllegalArgumentException(line.user() + " has " + line.costByType().size()
                        + " call-type costs for " + callTypes.size() + " call types");
            }
        }
        Sums total = new Sums(callTypes.size());
        List<ReportRow> rows = new ArrayList<>();
        Sums department = null;
        String current = null;
        for (DepartmentSummaryLine line : sorted) {
            if (!line.departmentPath().equals(current)) {
                if (department != null) {
                    rows.add(department.row(current));
                }
                current = line.departmentPath();
                department = new Sums(callTypes.size());
            }
            rows.add(detail(line));
            department.add(line);
            total.add(line);
        }
        if (department != null) {
            rows.add(department.row(current));
        }
        rows.add(total.totalRow());
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("Department"), ReportColumn.text("User"),
                ReportColumn.money("Actual cost"), ReportColumn.money("Savings"), ReportColumn.count("Calls"),
                ReportColumn.duration("Total duration")));
        callTypes.forEach(type -> columns.add(ReportColumn.money(type)));
        List<HeaderLine> header = new ArrayList<>(List.of(
                new HeaderLine("Time range", period.describe()),
                new HeaderLine("Generated at", period.local(generatedAt)),
                new HeaderLine("Created by", Objects.requireNonNull(createdBy, "createdBy"))));
        if (!filters.isEmpty()) {
            header.add(new HeaderLine("Filters", filters));
        }
        header.add(new HeaderLine("Total calls", Long.toString(total.calls)));
        header.add(new HeaderLine("Total cost", total.cost.toPlainString() + " " + currency));
        header.add(new HeaderLine("Total savings", total.savings.toPlainString() + " " + currency));
        return new Report("Department cost summary", header, columns, rows, moneyDecimals);
    }

    private static ReportRow detail(DepartmentSummaryLine line) {
        List<Object> cells = new ArrayList<>(List.of(line.departmentPath(), line.user(), line.cost(), line.savings(),
                line.calls(), line.durationSeconds()));
        cells.addAll(line.costByType());
        return ReportRow.detail(cells.toArray());
    }

    /** Running sums of a department or of the whole report. */
    private static final class Sums {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal savings = BigDecimal.ZERO;
        long calls;
        long seconds;
        final BigDecimal[] byType;

        Sums(int types) {
            byType = new BigDecimal[types];
            Arrays.fill(byType, BigDecimal.ZERO);
        }

        void add(DepartmentSummaryLine line) {
            cost = cost.add(line.cost());
            savings = savings.add(line.savings());
            calls += line.calls();
            seconds += line.durationSeconds();
            for (int i = 0; i < byType.length; i++) {
                byType[i] = byType[i].add(line.costByType().get(i));
            }
        }

        ReportRow row(String department) {
            return ReportRow.subtotal(cells(department + " subtotal"));
        }

        ReportRow totalRow() {
            return ReportRow.total(cells("Total"));
        }

        private Object[] cells(String label) {
            List<Object> cells = new ArrayList<>(List.of(label, "", cost, savings, calls, seconds));
            cells.addAll(Arrays.asList(byType));
            return cells.toArray();
        }
    }
}
