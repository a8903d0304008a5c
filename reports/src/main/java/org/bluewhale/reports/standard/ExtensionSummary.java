package org.bluewhale.reports.standard;

import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** Per extension and the person who held it: calls, time, cost and savings. */
public final class ExtensionSummary implements ReportDefinition {

    private static final GroupedReport LAYOUT = GroupedReport.of("Extension summary", Keys.EXTENSION_COLUMNS,
            Keys::extension, Measure.CALLS, Measure.DURATION, Measure.COST, Measure.SAVINGS);

    @Override
    public String name() {
        return "extension-summary";
    }

    @Override
    public String description() {
        return "calls, duration, cost and savings per extension and the person who held it";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        return LAYOUT.build(request, calls);
    }
}
