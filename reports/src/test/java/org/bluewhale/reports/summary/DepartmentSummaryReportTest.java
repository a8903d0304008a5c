package org.bluewhale.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.SampleReports;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.store.summary.CostLine;
import org.junit.jupiter.api.Test;

class DepartmentSummaryReportTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    private static CostLine line(List<String> path, String user, Currency currency, long cost, long reference,
                                 Map<CallClass, Long> byClass) {
        Map<CallClass, Money> money = new java.util.EnumMap<>(CallClass.class);
        byClass.forEach((k, v) -> money.put(k, new Money(v, currency)));
        return new CostLine(path, user, 2, 125, new Money(cost, currency), new Money(reference, currency), money);
    }

    private static final List<CostLine> LINES = List.of(
            line(List.of("Company", "物流部"), "王伟", CNY, 1_250, 1_560, Map.of(CallClass.MOBILE, 1_000L, CallClass.LOCAL, 250L)),
            line(List.of(), "", CNY, 30, 30, Map.of(CallClass.NATIONAL, 30L)),
            line(List.of("Company", "Sales"), "Li Na", USD, 999, 999, Map.of(CallClass.INTERNATIONAL, 999L)));

    @Test
    void callsInSeveralCurrenciesNeedAChoiceAndTheChoiceKeepsOnlyItsOwn() {
        var e = assertThrows(IllegalArgumentException.class, () -> report(null));
        assertEquals("the calls of this period are in [CNY, USD]; choose one currency", e.getMessage());

        Report cny = report("cny");
        List<ReportRow> rows = new ArrayList<>();
        cny.checkedRows().forEachRemaining(rows::add);
        assertEquals(List.of("Department", "User", "Actual cost", "Savings", "Calls", "Total duration", "Local",
                "National", "Mobile"), cny.columns().stream().map(ReportColumn::title).toList(),
                "a column per call type that occurred, in the catalogue's order");
        assertEquals(List.of("(not charged to a department)", "(not charged to a department) subtotal",
                "Company\\物流部", "Company\\物流部 subtotal", "Total"), rows.stream().map(r -> (String) r.cells().get(0)).toList());
        ReportRow wang = rows.get(2);
        assertEquals(List.of(new BigDecimal("12.50"), new BigDecimal("3.10")), wang.cells().subList(2, 4));
        assertEquals(List.of(new BigDecimal("2.50"), new BigDecimal("0.00"), new BigDecimal("10.00")), wang.cells().subList(6, 9));
        assertEquals(new BigDecimal("12.80"), rows.get(4).cells().get(2));
    }

    @Test
    void aCurrencyWithNoCallsInThePeriodIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> report("EUR"));
        assertEquals("no calls in EUR in this period; they are in [CNY, USD]", e.getMessage());
    }

    private static Report report(String currency) {
        return DepartmentSummaryReport.of(LINES, new ReportRequest(CallFilter.of(SampleReports.NOVEMBER)
                .withCurrency(currency), Instant.EPOCH, "admin", Map.of()));
    }
}
