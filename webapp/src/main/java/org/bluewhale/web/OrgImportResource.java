package org.bluewhale.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.bluewhale.store.orgimport.ImportReport;
import org.bluewhale.store.orgimport.OrgImporter;
import org.bluewhale.web.auth.Audit;

/**
 * {@code POST /api/v1/org/import}: the CSV or XLSX file {@code bluewhale import} takes
 * (docs/company-model.md), as the body. All or nothing: a file with problems is a 400 whose
 * {@code problems} list every one with its line, and nothing is imported. {@code ?dryRun=true}
 * answers what the file would change without changing anything. The type comes from
 * {@code ?file=NAME.csv|.xlsx}, else from the Content-Type; dates without an offset are in
 * {@code ?zone=} (default UTC).
 */
final class OrgImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OrgImporter importer;
    private final Audit audit;

    OrgImportResource(OrgImporter importer, Audit audit) {
        this.importer = importer;
        this.audit = audit;
    }

    void importFile(Context ctx) {
        boolean dryRun = Boolean.parseBoolean(ctx.queryParam("dryRun"));
        String name = fileName(ctx);
        ImportReport report;
        try {
            report = importer.importStream(name, new ByteArrayInputStream(ctx.bodyAsBytes()), QueryParams.zone(ctx), dryRun);
        } catch (IOException e) {
            throw new BadRequest(name + " cannot be read, nothing imported: " + e.getMessage());
        }
        if (!report.applied()) {
            Problems.send(ctx, 400, "Bad request", report.summary() + ": " + report.problems().stream().limit(3)
                            .map(Object::toString).collect(Collectors.joining("; "))
                            + (report.problems().size() > 3 ? "; ..." : ""),
                    Map.of("problems", report.problems()));
            return;
        }
        if (!dryRun) {
            audit.record(Access.principal(ctx).login(), "org-imported", name + ": " + report.summary(), ctx.ip());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dryRun", dryRun);
        answer.put("departmentsAdded", report.departmentsAdded());
        answer.put("usersAdded", report.usersAdded());
        answer.put("usersUpdated", report.usersUpdated());
        answer.put("assignmentsAdded", report.assignmentsAdded());
        answer.put("callsReallocated", report.callsReallocated());
        answer.put("summary", dryRun ? report.summary().replaceFirst("^imported", "would import") : report.summary());
        ctx.json(answer);
    }

    private static String fileName(Context ctx) {
        String given = QueryParams.text(ctx, "file");
        if (given != null) {
            return given;
        }
        String type = String.valueOf(ctx.contentType());
        return type.startsWith(XLSX) ? "upload.xlsx" : type.startsWith("text/csv") ? "upload.csv" : "upload";
    }
}
