package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.bluewhale.store.cdr.RerateJob;
import org.bluewhale.store.cdr.RerateJobs;
import org.bluewhale.web.auth.Audit;

/**
 * Re-rating a stored period after a tariff change ({@code POST /api/v1/rerate}, administrators and
 * billing managers; audited with who and what) and its progress ({@code GET /api/v1/rerate},
 * {@code GET /api/v1/rerate/{id}}). The job runs in the background; see docs/rating.md.
 */
final class RerateResource {

    /** The body of {@code POST /api/v1/rerate}: ISO-8601 instants, optional filters. */
    record Request(String from, String to, String pbx, String site, String carrier) {
    }

    private static final int LIST_LIMIT = 100;

    private final RerateJobs jobs;
    private final LongConsumer start;
    private final Audit audit;

    RerateResource(RerateJobs jobs, LongConsumer start, Audit audit) {
        this.jobs = jobs;
        this.start = start;
        this.audit = audit;
    }

    void create(Context ctx) {
        Request body = Bodies.read(ctx, Request.class);
        RerateJob.Request request;
        try {
            request = new RerateJob.Request(instant("from", body.from()), instant("to", body.to()), blankToNull(body.pbx()),
                    blankToNull(body.site()), blankToNull(body.carrier()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String login = Access.principal(ctx).login();
        RerateJob job = jobs.create(login, request);
        audit.record(login, "rerate-started", job.summary(), ctx.ip());
        start.accept(job.id());
        ctx.status(202).json(json(job));
    }

    void list(Context ctx) {
        ctx.json(Map.of("jobs", jobs.list(LIST_LIMIT).stream().map(RerateResource::json).toList()));
    }

    void one(Context ctx) {
        long id = QueryParams.pathInteger(ctx, "id");
        ctx.json(json(jobs.find(id).orElseThrow(() -> new NotFoundResponse("no re-rating job " + id))));
    }

    private static Map<String, Object> json(RerateJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("operator", job.operator());
        m.put("created", job.created().toString());
        m.put("updated", job.updated().toString());
        m.put("from", job.from().toString());
        m.put("to", job.to().toString());
        m.put("pbx", job.pbx());
        m.put("site", job.site());
        m.put("carrier", job.carrier());
        m.put("status", job.status().name());
        m.put("callsTotal", job.callsTotal());
        m.put("callsDone", job.callsDone());
        m.put("callsRerated", job.callsRerated());
        m.put("callsChanged", job.callsChanged());
        m.put("costBeforeMinor", job.costBefore());
        m.put("costAfterMinor", job.costAfter());
        m.put("error", job.error());
        return m;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(name + " is required (ISO-8601, e.g. 2026-11-01T00:00:00Z)");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + "='" + value + "' is not an ISO-8601 instant (e.g. 2026-11-01T00:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
