package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
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
        if (model == null) {
            throw new Conflict("the rating model is not a file, so there is no tariff to edit: set rating.model"
                    + " to a JSON model file (docs/rating.md) and restart");
        }
        Principal principal = Access.principal(ctx);
        TariffVersions.Change change = Bodies.read(ctx, TariffVersions.Change.class);
        String[] where = new String[1];
        try {
            model.change(doc -> where[0] = TariffVersions.add(doc, ctx.pathParam("carrier"), ctx.pathParam("plan"),
                    change, clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the changed tariff is not valid, nothing was changed: " + e.getMessage());
        }
        audit.record(principal.login(), "tariff-version-added", where[0], ctx.ip());
        ctx.status(201).json(Map.of("version", where[0]));
    }
}
