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
 * { "layout": { ...the layout JSON, see docs/formats.md... }
 *             or "the text of an Avaya CM customized .properties layout",
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
        JsonNode layout = body == null ? null : body.get("layout");
        if (layout == null || !(layout.isObject() || layout.isTextual()) || !body.path("sample").isTextual()) {
            throw new BadRequest("send {\"layout\": {...} or \"Avaya properties text\", \"sample\": \"line(s)\", "
                    + "\"zone\": \"Area/City\"}");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(body.path("zone").asText("UTC"));
        } catch (DateTimeException e) {
            throw new BadRequest("zone '" + body.path("zone").asText() + "' is not a time zone (e.g. Asia/Shanghai)");
        }
        String sample = body.get("sample").asText();
        ctx.json(layout.isObject() ? LayoutPreview.preview(layout.toString(), sample, zone)
                : LayoutPreview.previewAvaya(layout.asText(), sample, zone));
    }
}
