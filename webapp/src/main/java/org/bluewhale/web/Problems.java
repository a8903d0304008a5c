package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details: every error the API returns has this shape. */
final class Problems {

    private Problems() {
    }

    static void send(Context ctx, int status, String title, String detail) {
        send(ctx, status, title, detail, Map.of());
    }

    /** With {@code extensions}: members beside the standard ones (RFC 9457 section 3.2), such as an import's problems. */
    static void send(Context ctx, int status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.putAll(extensions);
        ctx.status(status).json(body).contentType("application/problem+json");
    }
}
