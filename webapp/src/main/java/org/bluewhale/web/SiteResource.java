package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.bluewhale.web.auth.Audit;

/**
 * Sites and their dial plans, as the rating model has them: {@code GET /api/v1/sites} and
 * {@code PUT /api/v1/sites/{id}} with the whole site object (docs/rating.md), checked with the
 * whole model and used for the next call, like a tariff change. A site's id cannot change.
 */
final class SiteResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TariffModelFile model; // null: the model is not a file
    private final Audit audit;

    SiteResource(TariffModelFile model, Audit audit) {
        this.model = model;
        this.audit = audit;
    }

    void list(Context ctx) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("editable", model != null);
        answer.set("sites", model == null ? JsonNodeFactory.instance.arrayNode() : model.document().path("sites"));
        ctx.json(answer);
    }

    void replace(Context ctx) {
        if (model == null) {
            throw new Conflict("the rating model is not a file, so its sites cannot be edited: set rating.model"
                    + " to a JSON model file (docs/rating.md) and restart");
        }
        String id = ctx.pathParam("id");
        JsonNode site;
        try {
            site = JSON.readTree(ctx.body());
        } catch (IOException e) {
            site = null;
        }
        if (site == null || !site.isObject() || !id.equals(site.path("id").asText())) {
            throw new BadRequest("send the whole site as a JSON object whose id is " + id);
        }
        JsonNode replacement = site;
        try {
            model.change(doc -> {
                ArrayNode sites = (ArrayNode) doc.path("sites");
                for (int i = 0; i < sites.size(); i++) {
                    if (id.equals(sites.get(i).path("id").asText())) {
                        sites.set(i, replacement);
                        return;
                    }
                }
                throw new NotFoundResponse("no site " + id + " in the rating model");
            });
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the changed site is not valid, nothing was changed: " + e.getMessage());
        }
        audit.record(Access.principal(ctx).login(), "site-changed", id, ctx.ip());
        ctx.json(site);
    }
}
