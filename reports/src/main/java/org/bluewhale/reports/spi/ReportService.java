package org.bluewhale.reports.spi;

import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.store.Database;

/** Builds a named report of the stored calls: what the command line, the API and the schedule share. */
public final class ReportService {

    private final Database database;
    private final ReportCatalogue catalogue;

    public ReportService(Database database, ReportCatalogue catalogue) {
        this.database = database;
        this.catalogue = catalogue;
    }

    public ReportCatalogue catalogue() {
        return catalogue;
    }

    /**
     * @throws IllegalArgumentException for an unknown report or a request it cannot answer (an
     *                                  option out of range, calls in several currencies)
     */
    public Report build(String name, ReportRequest request) {
        return catalogue.get(name).build(request, new CallSource(database));
    }
}
