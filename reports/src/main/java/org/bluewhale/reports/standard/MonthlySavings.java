package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** What IP telephony and the carriers chosen saved, month by month: the reference cost against the actual. */
public final class MonthlySavings implements ReportDefinition {

    @Override
    public String name() {
        return "savings";
    }

    @Override
    public String description() {
        return "IP-telephony savings by month: reference cost, actual cost and their difference";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        var zone = request.filter().period().zone();
        return GroupedReport.of("IP-telephony savings by month", List.of(ReportColumn.text("Month")),
                call -> List.of(Keys.local(call, zone, Keys.MONTH)), Measure.CALLS, Measure.REFERENCE_COST,
                Measure.COST, Measure.SAVINGS).build(request, calls);
    }
}
