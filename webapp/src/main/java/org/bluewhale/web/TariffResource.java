package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.Principal;

/**
 * Carriers and their tariffs, read from and changed in the JSON rating model:
 * {@code GET /api/v1/carriers} (every carrier, plan and version, the versions in force marked) and
 * {@code POST /api/v1/carriers/{carrier}/plans/{plan}/versions} (a {@link TariffVersions.Change}),
 * which the rating uses for the next call. Without a model file (the demo or the simple
 * {@code site.*} form) there is nothing to edit: changes answer 409.
 */
final class TariffResource {

    private final TariffModelFile model; // null: the model is not a file
    private final Audit audit;
    private final Clock clock;

    TariffResource(TariffModelFile model, Audit audit, Clock clock) {
        this.model = model;
        this.audit = audit;
        this.clock = clock;
    }

    void carriers(Context ctx) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("editable", model != null);
        ArrayNode carriers = answer.putArray("carriers");
        if (model != null) {
            Instant now = clock.instant();
            for (JsonNode carrier : model.document().path("carriers")) {
                for (JsonNode plan : carrier.path("plans")) {
                    ArrayNode versions = (ArrayNode) plan.path("versions");
                    int current = TariffVersions.inForce(versions, now);
                    for (int i = 0; i < versions.size(); i++) {
                        ((ObjectNode) versions.get(i)).put("inForce", i == current);
                    }
                }
                carriers.add(carrier);
            }
        }
        ctx.json(answer);
    }

    void addVersion(Context ctx) {
        requireFile();
        addVersion(ctx, Bodies.read(ctx, TariffVersions.Change.class), "tariff-version-added");
    }

    /** {@code GET .../tariff?format=csv|xlsx|json&at=}: the version in force at {@code at} (default now). */
    void exportTariff(Context ctx) throws IOException {
        requireFile();
        ObjectNode doc = model.document();
        ArrayNode versions = (ArrayNode) TariffVersions.plan(doc, ctx.pathParam("carrier"), ctx.pathParam("plan"))
                .get("versions");
        Instant at = QueryParams.instant(ctx, "at", clock.instant());
        int index = TariffVersions.inForce(versions, at);
        if (index < 0) {
            throw new NotFoundResponse("no version of " + ctx.pathParam("carrier") + "/" + ctx.pathParam("plan")
                    + " is in force at " + at);
        }
        ObjectNode version = (ObjectNode) versions.get(index);
        TariffFiles format = TariffFiles.of(ctx.queryParam("format"), null);
        Map<String, String> prefixes = prefixes(doc, version.path("destinations").asText(null));
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("carrier") + "-"
                + ctx.pathParam("plan") + "." + format.name().toLowerCase(Locale.ROOT) + "\"");
        format.write(version, prefixes, ctx.outputStream());
    }

    /**
     * {@code POST .../tariff?from=&format=} with a CSV, XLSX or JSON file: the whole tariff (every
     * zone; the prefixes, if it has any) as a new version from {@code from}. All or nothing.
     */
    void importTariff(Context ctx) {
        requireFile();
        TariffSheet.Tariff tariff = TariffFiles.of(ctx.queryParam("format"), ctx.contentType()).read(ctx.bodyInputStream());
        addVersion(ctx, new TariffVersions.Change(ctx.queryParam("from"), tariff.zones(), true, null, null,
                tariff.prefixes() == null || tariff.prefixes().isEmpty() ? null : tariff.prefixes(), null, null),
                "tariff-imported");
    }

    private void requireFile() {
        if (model == null) {
            throw new Conflict("the rating model is not a file, so there is no tariff to edit: set rating.model"
                    + " to a JSON model file (docs/rating.md) and restart");
        }
    }

    /** The prefix-to-zone table a version names; a table kept in a CSV file beside the model is not exported. */
    private static Map<String, String> prefixes(ObjectNode doc, String table) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        if (table == null) {
            return prefixes;
        }
        JsonNode inModel = doc.path("destinationTables").path(table);
        if (inModel.isMissingNode()) {
            throw new Conflict("the prefixes of this version are in the file " + doc.path("destinationFiles").path(table)
                    .asText(table) + " beside the model; edit that file, or import a tariff with its prefixes");
        }
        inModel.fields().forEachRemaining(e -> prefixes.put(e.getKey(), e.getValue().asText()));
        return prefixes;
    }

    private void addVersion(Context ctx, TariffVersions.Change change, String action) {
        Principal principal = Access.principal(ctx);
        String[] where = new String[1];
        try {
            model.change(doc -> where[0] = TariffVersions.add(doc, ctx.pathParam("carrier"), ctx.pathParam("plan"),
                    change, clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the changed tariff is not valid, nothing was changed: " + e.getMessage());
        }
        audit.record(principal.login(), action, where[0], ctx.ip());
        ctx.status(201).json(Map.of("version", where[0]));
    }
}
