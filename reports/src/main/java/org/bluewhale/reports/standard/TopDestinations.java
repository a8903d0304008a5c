package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.core.Direction;
import org.bluewhale.reports.CallTypeTitles;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** The numbers called out that cost the most ({@code limit}, 20 by default), then the rest as one row. */
public final class TopDestinations implements ReportDefinition {

    private static final GroupedReport LAYOUT = GroupedReport.of("Top destinations",
            List.of(ReportColumn.text("Number dialled"), ReportColumn.text("Call type")),
            call -> List.of(Keys.orNone(call.dialed()), CallTypeTitles.of(call.callClass())),
            Measure.CALLS, Measure.DURATION, Measure.COST).including(call -> call.direction() != Direction.INCOMING);

    @Override
    public String name() {
        return "top-destinations";
    }

    @Override
    public String description() {
        return "the numbers called out that cost the most (option limit, default 20), the others as one row";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        return LAYOUT.top(request.intOption("limit", 20, 10_000)).build(request, calls);
    }
}
