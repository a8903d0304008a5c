package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.ReportColumn;

/**
 * Per PBX trunk: calls, time and cost, and its busy hour (the hour of the period in which the
 * calls started on it added up to the most time; 3,600 s of traffic in an hour are one erlang).
 */
public final class TrunkUsage extends GroupedDefinition {

    public TrunkUsage() {
        super("trunk-usage", "calls, duration and cost per PBX trunk, with each trunk's busy hour and its traffic",
                GroupedReport.of("Trunk usage and busy hour",
                List.of(ReportColumn.text("PBX"), ReportColumn.text("Trunk")),
                call -> List.of(call.pbx(), Keys.orNone(call.trunk())), Measure.CALLS, Measure.DURATION, Measure.COST,
                Measure.BUSY_HOUR, Measure.BUSY_HOUR_CALLS, Measure.BUSY_HOUR_TRAFFIC));
    }
}
