package org.example.bluewhale;

import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.standard.GroupedReport;
import org.bluewhale.reports.standard.Keys;
import org.bluewhale.reports.standard.Measure;

/**
 * An example report plugin: the calls longer than an hour (option {@code minutes} to change it),
 * per person. Built into a jar with its {@code META-INF/services} file and dropped into
 * {@code DATA/plugins}, it is {@code bluewhale report long-calls} and
 * {@code GET /api/v1/reports/long-calls}, with every filter and the operator's scope applied.
 */
public final class LongCallsReport implements ReportDefinition {

    @Override
    public String name() {
        return "long-calls";
    }

    @Override
    public String description() {
        return "calls longer than an hour (option minutes), per person";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        int minutes = request.intOption("minutes", 60, 24 * 60);
        return GroupedReport.of("Calls longer than " + minutes + " minutes",
                List.of(ReportColumn.text("User"), ReportColumn.text("Department")),
                call -> List.of(Keys.user(call.user()), Keys.department(call.departmentPath())),
                Measure.CALLS, Measure.DURATION, Measure.COST)
                .including(call -> call.durationSeconds() > minutes * 60)
                .build(request, calls);
    }
}
