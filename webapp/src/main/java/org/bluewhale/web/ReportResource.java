package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.calls.FilterTerms;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.web.auth.Principal;

/**
 * {@code GET /api/v1/reports/{name}?from=&to=&zone=&format=&currency=&bom=&department=&site=&pbx=
 * &carrier=&type=&by=&limit=&user=}: a report as a file (xlsx by default), the same as
 * {@code bluewhale report}. Every role may ask; a department manager's reports hold only the
 * calls of their department and those below it, whatever department the request names.
 */
final class ReportResource {

    /** The reports' own options, passed through as query parameters. */
    private static final List<String> OPTIONS = List.of("by", "limit", "user");

    private final ReportService reports;
    private final DepartmentScope scope;
    private final OrgRepository org;

    ReportResource(ReportService reports, DepartmentScope scope, OrgRepository org) {
        this.reports = reports;
        this.scope = scope;
        this.org = org;
    }

    void report(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (reports.catalogue().find(name).isEmpty()) {
            throw new NotFoundResponse("no report '" + name + "'; there are "
                    + String.join(", ", reports.catalogue().all().stream().map(ReportDefinition::name).toList()));
        }
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
            Principal principal = Access.principal(ctx);
            CallFilter filter = new CallFilter(new ReportPeriod(from, to, zone), null, null,
                    FilterTerms.list(ctx.queryParams("site")), FilterTerms.list(ctx.queryParams("pbx")),
                    FilterTerms.list(ctx.queryParams("carrier")), FilterTerms.callTypes(ctx.queryParams("type")),
                    ctx.queryParam("currency"));
            Map<String, String> options = new HashMap<>();
            OPTIONS.forEach(option -> {
                if (ctx.queryParam(option) != null) {
                    options.put(option, ctx.queryParam(option));
                }
            });
            report = reports.build(name, new ReportRequest(scoped(filter, principal, ctx.queryParam("department")),
                    Instant.now(), principal.login(), options));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-" + from.atZone(zone).toLocalDate()
                + "." + format.extension() + "\"");
        format.exporter("true".equals(ctx.queryParam("bom"))).export(report, ctx.outputStream());
    }

    /** The department asked for (and below), narrowed to what the operator sees. */
    private CallFilter scoped(CallFilter filter, Principal principal, String department) {
        FilterTerms.Subtree asked = department == null || department.isBlank() ? null
                : FilterTerms.department(org, department.trim());
        Set<Integer> visible = scope.of(principal);
        if (visible == null) {
            return asked == null ? filter : filter.within(asked.ids(), asked.label());
        }
        FilterTerms.Subtree own = principal.departmentId() == null ? new FilterTerms.Subtree(Set.of(), "none")
                : FilterTerms.department(org, principal.departmentId().toString());
        if (asked == null) {
            return filter.within(visible, own.label());
        }
        Set<Integer> both = new HashSet<>(asked.ids());
        both.retainAll(visible);
        return filter.within(both, asked.label() + ", within " + own.label());
    }
}
