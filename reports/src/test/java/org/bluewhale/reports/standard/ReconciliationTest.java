package org.bluewhale.reports.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.cdr.CdrCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The totals of every report reconcile with the rated calls of the same filter, summed by SQL
 * written here independently of the reports' own query; and the detail rows add up to the total.
 */
class ReconciliationTest {

    @TempDir
    Path data;

    @AfterEach
    void dropSchemas() {
        Databases.dropServerSchemas();
    }

    /** A filter as the report sees it, and the same calls as a SQL condition over cdr c, tariff t, pbx p, charge ch. */
    private record Case(String what, CallFilter filter, String sql) {
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyReportReconcilesWithTheRatedCallsOfItsFilter(Databases kind) throws SQLException {
        try (Database db = kind.open(data)) {
            ReportCompany company = new ReportCompany(db, 600);
            CallFilter november = CallFilter.of(ReportCompany.NOVEMBER);
            String salesIds = company.sales.id() + ", " + company.east.id();
            List<Case> cases = List.of(
                    new Case("every CNY call", november.withCurrency("CNY"), "t.currency = 'CNY'"),
                    new Case("Sales and below", new CallFilter(november.period(), Set.of(company.sales.id(),
                            company.east.id()), "Sales and below", Set.of(), Set.of(), Set.of(), Set.of(), "CNY"),
                            "t.currency = 'CNY' AND ch.department_id IN (" + salesIds + ")"),
                    new Case("site shanghai, its currency found alone", new CallFilter(november.period(), null, null,
                            Set.of("shanghai"), Set.of(), Set.of(), Set.of(), null), "p.site = 'shanghai'"),
                    new Case("PBX paris-1", new CallFilter(november.period(), null, null, Set.of(), Set.of("paris-1"),
                            Set.of(), Set.of(), null), "p.name = 'paris-1'"),
                    new Case("voip mobile and international", new CallFilter(november.period(), null, null, Set.of(),
                            Set.of(), Set.of("voip"), Set.of(CallClass.MOBILE, CallClass.INTERNATIONAL), null),
                            "t.name LIKE 'voip/%' AND c.call_class IN (" + CdrCodes.code(CallClass.MOBILE) + ", "
                                    + CdrCodes.code(CallClass.INTERNATIONAL) + ")"));
            ReportService reports = new ReportService(db, ReportCatalogue.builtIn());
            assertEquals(12, reports.catalogue().all().size());
            Set<String> withCalls = new TreeSet<>();
            for (Case c : cases) {
                for (ReportDefinition definition : reports.catalogue().all()) {
                    String where = c.sql() + included(definition.name());
                    Report report = reports.build(definition.name(), new ReportRequest(c.filter(), Instant.EPOCH,
                            "auditor", Map.of("limit", "3", "by", "hour")));
                    long[] expected = sum(db, where);
                    String label = definition.name() + " of " + c.what();
                    if (expected[0] > 0) {
                        withCalls.add(definition.name());
                    }
                    assertEquals(expected[0], Long.parseLong(header(report, "Total calls")), label);
                    assertEquals(expected[1], minor(header(report, "Total cost")), label);
                    List<ReportRow> rows = rows(report);
                    ReportRow total = rows.get(rows.size() - 1);
                    assertEquals(RowKind.TOTAL, total.kind(), label);
                    int cost = column(report, "Cost", "Actual cost");
                    assertEquals(expected[1], ((BigDecimal) total.cells().get(cost)).movePointRight(2).longValueExact(),
                            label + ": total row");
                    assertEquals(expected[1], rows.stream().filter(r -> r.kind() == RowKind.DETAIL)
                            .mapToLong(r -> ((BigDecimal) r.cells().get(cost)).movePointRight(2).longValueExact()).sum(),
                            label + ": the detail rows add up to the total");
                }
            }
            assertEquals(12, withCalls.size(), "every report had calls in some case: " + withCalls);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Databases.class, names = "H2")
    void callsInSeveralCurrenciesNeedOneChosen(Databases kind) {
        try (Database db = kind.open(data)) {
            new ReportCompany(db, 200);
            ReportService reports = new ReportService(db, ReportCatalogue.builtIn());
            for (String name : List.of("carrier-cost", "department-summary")) {
                var e = assertThrows(IllegalArgumentException.class, () -> reports.build(name, new ReportRequest(
                        CallFilter.of(ReportCompany.NOVEMBER), Instant.EPOCH, "admin", Map.of())));
                assertEquals("the calls of this period are in [CNY, EUR]; choose one currency", e.getMessage());
            }
            var e = assertThrows(IllegalArgumentException.class, () -> reports.build("top-destinations",
                    new ReportRequest(CallFilter.of(ReportCompany.NOVEMBER).withCurrency("CNY"), Instant.EPOCH, "admin",
                            Map.of("limit", "0"))));
            assertEquals("limit='0' must be a whole number from 1 to 10000", e.getMessage());
        }
    }

    /** The calls each report is about, beyond its filter. */
    private static String included(String report) {
        return switch (report) {
            case "top-destinations" -> " AND c.direction <> " + CdrCodes.code(Direction.INCOMING);
            case "unanswered" -> " AND c.direction = " + CdrCodes.code(Direction.INCOMING);
            case "inbound-tollfree" -> " AND c.call_class = " + CdrCodes.code(CallClass.INBOUND_TOLLFREE);
            default -> "";
        };
    }

    private static long[] sum(Database db, String where) throws SQLException {
        String sql = "SELECT COUNT(*), COALESCE(SUM(c.cost_minor), 0) FROM cdr c JOIN tariff t ON t.id = c.tariff_id"
                + " JOIN pbx p ON c.cdr_key >= p.id * 1099511627776 AND c.cdr_key < (p.id + 1) * 1099511627776"
                + " LEFT JOIN charge ch ON ch.id = c.charge_id WHERE c.start_utc >= "
                + ReportCompany.NOVEMBER.from().toEpochMilli() + " AND c.start_utc < "
                + ReportCompany.NOVEMBER.to().toEpochMilli() + " AND " + where;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    static String header(Report report, String label) {
        return report.header().stream().filter(h -> h.label().equals(label)).map(HeaderLine::value).findFirst()
                .orElseThrow(() -> new AssertionError(report.title() + " has no header line " + label));
    }

    /** "12.34 CNY" as 1234 (both currencies have two decimals). */
    private static long minor(String amount) {
        return new BigDecimal(amount.substring(0, amount.indexOf(' '))).movePointRight(2).longValueExact();
    }

    static List<ReportRow> rows(Report report) {
        List<ReportRow> rows = new ArrayList<>();
        report.checkedRows().forEachRemaining(rows::add);
        return rows;
    }

    /** The index of the first column titled one of {@code titles}. */
    static int column(Report report, String... titles) {
        List<String> all = report.columns().stream().map(c -> c.title()).collect(Collectors.toList());
        for (String title : titles) {
            if (all.contains(title)) {
                return all.indexOf(title);
            }
        }
        throw new AssertionError(report.title() + " has none of the columns " + List.of(titles) + ": " + all);
    }
}
