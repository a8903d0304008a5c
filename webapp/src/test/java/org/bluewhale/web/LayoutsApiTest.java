package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/layouts} lists the built-in Avaya presets and each PBX's layout file with
 * their settings and fields; a listed layout, sent back to the preview, decodes its sample lines.
 */
class LayoutsApiTest {

    @TempDir
    Path data;

    @Test
    void presetsAndConfiguredLayoutsWithTheirFields() {
        try (WebFixture web = new WebFixture(data)) {
            JsonNode layouts = web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/layouts").json();
            assertEquals(List.of("avaya-unformatted", "avaya-printer", "avaya-expanded", "avaya-teleseer", "avaya-lsu",
                    "avaya-int-isdn"), StreamSupport.stream(layouts.get("presets").spliterator(), false)
                    .map(p -> p.get("name").asText()).toList());
            JsonNode printer = layouts.get("presets").get(1);
            assertEquals("avaya", printer.get("language").asText());
            assertEquals("hmmt", printer.at("/settings/duration-format").asText());
            assertEquals("end-time", printer.at("/fields/0/field").asText(), "fields in column order");
            assertEquals("0-4", printer.at("/fields/0/columns").asText());
            assertTrue(printer.get("text").asText().contains("field.calling-number = 36-41"));

            JsonNode hotel = layouts.at("/configured/0");
            assertEquals("hotel", hotel.get("pbx").asText());
            assertEquals("json", hotel.at("/layout/language").asText());
            assertEquals("fixed", hotel.at("/layout/settings/kind").asText());
            assertEquals("dd/MM/yyyy HH:mm", hotel.at("/layout/fields/0/format").asText());
            assertEquals(List.of("start", "duration", "calling", "dialed"), hotel.at("/layout/fields").findValuesAsText("field"));
            assertEquals(403, web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/layouts").status());

            String body = "{\"zone\":\"Asia/Shanghai\",\"layout\":" + WebFixture.HOTEL_LAYOUT
                    + ",\"sample\":\"24/11/2026 09:30 00125 8012 62345678\\n24/11/2026 9.31  00061 8013 13912345\"}";
            JsonNode preview = web.http().basic("billing", WebFixture.PASSWORD).send("POST", "/api/v1/layouts/preview", body).json();
            assertEquals("leg", preview.at("/lines/0/outcome").asText(), preview.toString());
            assertEquals("8012", preview.at("/lines/0/fields/calling").asText(), preview.toString());
            assertEquals("rejected", preview.at("/lines/1/outcome").asText(), preview.toString());
            assertTrue(preview.at("/lines/1/reason").asText().contains("start"), preview.toString());
        }
    }
}
