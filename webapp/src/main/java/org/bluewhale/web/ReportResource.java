package org.bluewhale.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.summary.DepartmentSummaryReport;
import org.bluewhale.store.summary.DepartmentSummary;

/**
 * {@code GET /api/v1/reports/department-summary?from=&to=&zone=&format=&currency=&bom=}: the
 * department cost summary as a file (xlsx by default), the same as {@code bluewhale report}. It
 * covers every department, so it is for the roles that see all calls.
 */
final class ReportResource {

    private final DepartmentSummary summary;

    ReportResource(DepartmentSummary summary) {
        this.summary = summary;
    }

    void departmentSummary(Context ctx) throws IOException {
        Instant from = QueryParams.instant(ctx, "from", null);
        Instant to = QueryParams.instant(ctx, "to", null);
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BadRequest("from and to (ISO-8601 instants, from before to) say which calls the report covers");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(ctx.queryParamAsClass("zone", String.class).getOrDefault("UTC"));
        } catch (DateTimeException e) {
            throw new BadRequest("zone: " + e.getMessage());
        }
        ReportFormat format;
        Report report;
        try {
            format = ReportFormat.of(ctx.queryParamAsClass("format", String.class).getOrDefault("xlsx"));
            ReportPeriod period = new ReportPeriod(from, to, zone);
            report = DepartmentSummaryReport.of(summary.between(from, to), period, Instant.now(),
                    Access.principal(ctx).login(), ctx.queryParam("currency"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"department-summary-"
                + from.atZone(zone).toLocalDate() + "." + format.extension() + "\"");
        format.exporter("true".equals(ctx.queryParam("bom"))).export(report, ctx.outputStream());
    }
}
