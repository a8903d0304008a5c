package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads optional query parameters; a malformed one is a 400 that says what was expected. */
final class QueryParams {

    private QueryParams() {
    }

    static Instant instant(Context ctx, String name, Instant fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + "='" + value + "' is not an ISO-8601 instant such as 2026-11-24T08:00:00Z");
        }
    }

    /** A time range {@code [from, to)}. */
    record Range(Instant from, Instant to) {
    }

    /** The required {@code from} and the optional {@code to} (default now) of a range that must not be empty. */
    static Range range(Context ctx) {
        Instant from = instant(ctx, "from", null);
        if (from == null) {
            throw new BadRequest("from is required: the first instant of the range, e.g. 2026-11-24T00:00:00Z");
        }
        Instant to = instant(ctx, "to", Instant.now());
        if (!from.isBefore(to)) {
            throw new BadRequest("the range is empty: from " + from + " is not before to " + to);
        }
        return new Range(from, to);
    }

    /** The parameter as text, or null when it is absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The whole-number parameter, or null when it is absent or blank. */
    static Integer optionalInteger(Context ctx, String name) {
        return text(ctx, name) == null ? null : integer(ctx, name, 0);
    }

    static int integer(Context ctx, String name, int fallback) {
        long value = wholeNumber(ctx, name, fallback);
        if (value != (int) value) {
            throw new BadRequest(name + "=" + value + " is too large");
        }
        return (int) value;
    }

    static long wholeNumber(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + "='" + value + "' is not a whole number");
        }
    }

    static int pathInteger(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " '" + value + "' is not a whole number");
        }
    }

    /** The {@code zone} parameter as a time zone, UTC when absent; 400 when it names none. */
    static ZoneId zone(Context ctx) {
        String zone = text(ctx, "zone");
        try {
            return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadRequest("zone '" + zone + "' is not a time zone (e.g. Asia/Shanghai)");
        }
    }
}
