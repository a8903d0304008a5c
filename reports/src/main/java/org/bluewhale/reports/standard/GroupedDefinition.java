package org.bluewhale.reports.standard;

import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** A report that is one {@link GroupedReport} under a name: the built-in reports that only sum calls per key. */
abstract class GroupedDefinition implements ReportDefinition {

    private final String name;
    private final String description;
    private final GroupedReport layout;

    GroupedDefinition(String name, String description, GroupedReport layout) {
        this.name = name;
        this.description = description;
        this.layout = layout;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Report build(ReportRequest request, CallSource calls) {
        return layout.build(request, calls);
    }
}
