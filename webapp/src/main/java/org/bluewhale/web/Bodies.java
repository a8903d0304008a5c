package org.bluewhale.web;

import io.javalin.http.Context;

/** Reads a JSON request body; a missing or malformed one is a 400 that shows the expected shape. */
final class Bodies {

    private Bodies() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        try {
            T body = ctx.bodyAsClass(type);
            if (body == null) {
                throw new BadRequest("send a JSON object with the fields " + fields(type));
            }
            return body;
        } catch (RuntimeException e) {
            if (e instanceof BadRequest) {
                throw e;
            }
            throw new BadRequest("the body is not a JSON object with the fields " + fields(type));
        }
    }

    private static String fields(Class<?> type) {
        StringBuilder names = new StringBuilder();
        for (var component : type.getRecordComponents()) {
            names.append(names.length() == 0 ? "" : ", ").append(component.getName());
        }
        return names.toString();
    }
}
