package org.bluewhale.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.bluewhale.connectors.custom.LayoutPreview;

/**
 * {@code POST /api/v1/layouts/preview}: "try it on this sample line" for an admin-defined layout
 * being written. The body is
 *
 * <pre>
 * { "layout": { ...the layout JSON, see docs/formats.md... },
 *   "sample": "one or more lines, \n separated",
 *   "zone":   "Asia/Shanghai" }            (the PBX's zone; UTC when left out)
 * </pre>
 *
 * and the answer is {@code {"layoutError": why the layout cannot be used, or null, "lines": [{"line",
 * "outcome": leg|skipped|rejected, "fields": the text found for each field, "leg", "reason"}]}}.
 * Nothing is stored.
 */
final class LayoutPreviewResource {

    private final ObjectMapper json;

    LayoutPreviewResource(ObjectMapper json) {
        this.json = json;
    }

    void preview(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.path("layout").isObject() || !body.path("sample").isTextual()) {
            throw new BadRequest("send {\"layout\": {...}, \"sample\": \"line(s)\", \"zone\": \"Area/City\"}");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(body.path("zone").asText("UTC"));
        } catch (DateTimeException e) {
            throw new BadRequest("zone '" + body.path("zone").asText() + "' is not a time zone (e.g. Asia/Shanghai)");
        }
        ctx.json(LayoutPreview.preview(body.get("layout").toString(), body.get("sample").asText(), zone));
    }
}
