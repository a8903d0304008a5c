package org.bluewhale.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of the API, {@code openapi/openapi.json}: written by hand next to
 * the code, and checked by a test to describe exactly the routes {@link ApiServer} registers.
 */
final class OpenApiDocument {

    private static final String RESOURCE = "/openapi/openapi.json";
    private static final String TEXT = load();

    private OpenApiDocument() {
    }

    static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the webapp jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
