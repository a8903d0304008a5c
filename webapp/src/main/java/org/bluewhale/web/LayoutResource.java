package org.bluewhale.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bluewhale.connectors.custom.LayoutCatalogue;

/**
 * {@code GET /api/v1/layouts}: the built-in presets and the layout file of each PBX configured
 * with one ({@code pbx.<id>.layout}), each with its settings and fields, for the layouts screen to
 * start from. A file is read at each request, so the list shows the file as it is now; the
 * server itself uses a layout file as it was when it started.
 */
final class LayoutResource {

    private final Map<String, Path> files;

    /** @param files the layout file of each PBX that has one, by PBX id */
    LayoutResource(Map<String, Path> files) {
        this.files = new TreeMap<>(files);
    }

    void list(Context ctx) {
        List<Map<String, Object>> configured = new ArrayList<>();
        files.forEach((pbx, file) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("pbx", pbx);
            entry.put("file", file.toString());
            try {
                entry.put("layout", LayoutCatalogue.ofFile(file, "pbx." + pbx + ".layout"));
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                entry.put("error", "cannot read " + file + ": " + e.getMessage());
            }
            configured.add(entry);
        });
        ctx.json(Map.of("presets", LayoutCatalogue.presets(), "configured", configured));
    }
}
