package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.reports.ReportColumn;

/** What the company's toll-free numbers cost it: the inbound toll-free calls per number called. */
public final class InboundTollFree extends GroupedDefinition {

    public InboundTollFree() {
        super("inbound-tollfree", "calls, duration and cost of the inbound toll-free calls per number called",
                GroupedReport.of("Inbound toll-free cost",
                List.of(ReportColumn.text("Number called")), call -> List.of(Keys.orNone(call.dialed())),
                Measure.CALLS, Measure.DURATION, Measure.COST, Measure.AVERAGE_COST)
                .including(call -> call.callClass() == CallClass.INBOUND_TOLLFREE));
    }
}
