package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** What the company's toll-free numbers cost it: the inbound toll-free calls per number called. */
public final class InboundTollFree implements ReportDefinition {

    private static final GroupedReport LAYOUT = GroupedReport.of("Inbound toll-free cost",
            List.of(ReportColumn.text("Number called")), call -> List.of(Keys.orNone(call.dialed())),
            Measure.CALLS, Measure.DURATION, Measure.COST, Measure.AVERAGE_COST)
            .including(call -> call.callClass() == CallClass.INBOUND_TOLLFREE);

    @Override
    public String name() {
        return "inbound-tollfree";
    }

    @Override
    public String description() {
        return "calls, duration and cost of the inbound toll-free calls per number called";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        return LAYOUT.build(request, calls);
    }
}
