package org.bluewhale.reports.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.calls.ReportedCall;
import org.bluewhale.reports.spi.ReportRequest;

/**
 * The shape most reports share: the calls of the request grouped by a key (a trunk, a month, a
 * carrier...), one row per group with the chosen measures, and a total row. Groups are few (a
 * row each), so they are summed in memory while the calls stream past; the total is the sum of
 * every call the report includes, also when only the top groups are listed (the rest are then
 * one "(others)" row), so it always reconciles with the calls.
 *
 * @param title    the report's title
 * @param keys     the columns of the key, left of the measures
 * @param key      the key of a call, one text per key column
 * @param measures the measure columns
 * @param include  which of the filter's calls the report is about (inbound calls only...)
 * @param top      list only this many groups, by cost, largest first; 0 lists every group by key
 */
public record GroupedReport(String title, List<ReportColumn> keys, Function<ReportedCall, List<String>> key,
                            List<Measure> measures, Predicate<ReportedCall> include, int top) {

    public GroupedReport {
        Objects.requireNonNull(title, "title");
        keys = List.copyOf(keys);
        measures = List.copyOf(measures);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a grouped report needs a key column");
        }
    }

    /** Every call of the filter, one row per key, sorted by key. */
    public static GroupedReport of(String title, List<ReportColumn> keys, Function<ReportedCall, List<String>> key,
                                   Measure... measures) {
        return new GroupedReport(title, keys, key, List.of(measures), call -> true, 0);
    }

    public GroupedReport including(Predicate<ReportedCall> calls) {
        return new GroupedReport(title, keys, key, measures, include.and(calls), top);
    }

    public GroupedReport top(int groups) {
        return new GroupedReport(title, keys, key, measures, include, groups);
    }

    public Report build(ReportRequest request, CallSource calls) {
        Currency currency = calls.currency(request.filter());
        boolean hours = measures.stream().anyMatch(Measure::needsHours);
        var zone = request.filter().period().zone();
        Map<List<String>, Tally> groups = new HashMap<>();
        Tally total = new Tally(hours, zone);
        calls.forEach(request.filter(), CallSource.Order.START, call -> {
            if (include.test(call)) {
                groups.computeIfAbsent(key.apply(call), k -> new Tally(hours, zone)).add(call);
                total.add(call);
            }
        });
        List<Map.Entry<List<String>, Tally>> ordered = new ArrayList<>(groups.entrySet());
        Comparator<Map.Entry<List<String>, Tally>> byKey = (a, b) -> compare(a.getKey(), b.getKey());
        ordered.sort(top == 0 ? byKey : Comparator.<Map.Entry<List<String>, Tally>>comparingLong(
                e -> e.getValue().costMinor).reversed().thenComparing(byKey));
        int decimals = ReportHeader.decimals(currency);
        List<ReportRow> rows = new ArrayList<>();
        Tally previous = null;
        for (Map.Entry<List<String>, Tally> group : ordered.subList(0, top == 0 ? ordered.size()
                : Math.min(top, ordered.size()))) {
            rows.add(row(RowKind.DETAIL, group.getKey(), group.getValue(), previous, decimals));
            previous = group.getValue();
        }
        if (top > 0 && ordered.size() > top) {
            Tally others = new Tally(hours, zone);
            ordered.subList(top, ordered.size()).forEach(e -> others.add(e.getValue()));
            rows.add(row(RowKind.DETAIL, label("(" + (ordered.size() - top) + " others)"), others, null, decimals));
        }
        rows.add(row(RowKind.TOTAL, label("Total"), total, null, decimals));
        List<ReportColumn> columns = new ArrayList<>(keys);
        measures.forEach(m -> columns.add(m.column()));
        return new Report(title, ReportHeader.of(request, currency, total), columns, rows, decimals);
    }

    /** A key of one label and empty further key columns. */
    private List<String> label(String text) {
        List<String> cells = new ArrayList<>(Collections.nCopies(keys.size(), ""));
        cells.set(0, text);
        return cells;
    }

    private ReportRow row(RowKind kind, List<String> keyCells, Tally tally, Tally previous, int decimals) {
        List<Object> cells = new ArrayList<>(keyCells);
        measures.forEach(m -> cells.add(m.value(tally, previous, decimals)));
        return new ReportRow(kind, cells);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
