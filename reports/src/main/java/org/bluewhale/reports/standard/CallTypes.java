package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.CallTypeTitles;
import org.bluewhale.reports.ReportColumn;

/** Per call type (local, national, mobile, international, inbound...): calls, time, cost and savings. */
public final class CallTypes extends GroupedDefinition {

    public CallTypes() {
        super("call-types", "calls, duration, cost, average cost and savings per call type",
                GroupedReport.of("Call types", List.of(ReportColumn.text("Call type")),
                call -> List.of(CallTypeTitles.of(call.callClass())), Measure.CALLS, Measure.DURATION, Measure.COST,
                Measure.AVERAGE_COST, Measure.SAVINGS));
    }
}
