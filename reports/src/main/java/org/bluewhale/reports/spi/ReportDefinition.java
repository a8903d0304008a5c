package org.bluewhale.reports.spi;

import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallSource;

/**
 * A report Bluewhale can produce, found with {@link java.util.ServiceLoader}: the built-in ones
 * and those of the jars in the {@code plugins/} folder ({@link ReportCatalogue}). An
 * implementation reads the calls of the request's filter, which already holds the operator's
 * scope, and lays them out as a {@link Report}; the exports are the server's business.
 */
public interface ReportDefinition {

    /** The name the command line and the API use: lower case, words joined by '-'. */
    String name();

    /** One line for {@code --help}, the docs and the API document. */
    String description();

    Report build(ReportRequest request, CallSource calls);
}
