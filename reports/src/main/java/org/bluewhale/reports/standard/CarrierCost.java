package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.ReportColumn;

/** Per carrier (the carrier of the tariff that priced each call): calls, time, cost and savings. */
public final class CarrierCost extends GroupedDefinition {

    public CarrierCost() {
        super("carrier-cost", "calls, duration, cost, average cost and savings per carrier",
                GroupedReport.of("Carrier cost", List.of(ReportColumn.text("Carrier")),
                call -> List.of(Keys.orNone(call.carrier())), Measure.CALLS, Measure.DURATION, Measure.COST,
                Measure.AVERAGE_COST, Measure.SAVINGS));
    }
}
