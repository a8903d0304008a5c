package org.bluewhale.reports.standard;


/** Per extension and the person who held it: calls, time, cost and savings. */
public final class ExtensionSummary extends GroupedDefinition {

    public ExtensionSummary() {
        super("extension-summary", "calls, duration, cost and savings per extension and the person who held it",
                GroupedReport.of("Extension summary", Keys.EXTENSION_COLUMNS,
                Keys::extension, Measure.CALLS, Measure.DURATION, Measure.COST, Measure.SAVINGS));
    }
}
