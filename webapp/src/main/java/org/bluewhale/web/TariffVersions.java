package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bluewhale.rating.ModelJson;

/**
 * A tariff change as a new version of a carrier's plan: the version in force at the change's
 * start is copied, the copy takes the changed zones, bands and prefixes and runs from that start
 * to where the old one ended, and the old one now ends there. Calls before the start keep the
 * prices they were rated with; history is never rewritten.
 */
final class TariffVersions {

    /**
     * What changes from the version in force. Zones are whole zone objects (docs/rating.md), set
     * or replaced by name ({@code replaceZones}: the zones named are all the version has);
     * {@code prefixes} (E.164 prefix to zone), when given, become the new version's own destination table.
     */
    record Change(String from, Map<String, ObjectNode> zones, Boolean replaceZones, List<String> removeZones,
                  ObjectNode bands, Map<String, String> prefixes, String rounding, Integer decimals) {
    }

    private TariffVersions() {
    }

    /** Adds the new version to {@code model}; answers where it was put, as {@code carrier/plan@from}. */
    static String add(ObjectNode model, String carrierId, String planId, Change change, Instant now) {
        ArrayNode versions = (ArrayNode) plan(model, carrierId, planId).get("versions");
        Instant from = change.from() == null || change.from().isBlank() ? now : start(change.from());
        int index = inForce(versions, from);
        if (index < 0) {
            throw new Conflict("no version of " + carrierId + "/" + planId + " is in force at " + from
                    + "; a new version starts from the one in force, so add that one to the model file first");
        }
        ObjectNode old = (ObjectNode) versions.get(index);
        if (moment(old, "from").equals(from)) {
            throw new Conflict("version " + index + " of " + carrierId + "/" + planId + " starts at " + from
                    + " already; a change starts later than the version it changes");
        }
        ObjectNode next = old.deepCopy();
        next.put("from", from.toString());
        old.put("to", from.toString());
        ObjectNode zones = (ObjectNode) next.get("zones");
        if (Boolean.TRUE.equals(change.replaceZones())) {
            zones.removeAll();
        }
        if (change.zones() != null) {
            change.zones().forEach(zones::set);
        }
        if (change.removeZones() != null) {
            change.removeZones().forEach(zones::remove);
        }
        if (change.bands() != null) {
            next.set("bands", change.bands());
        }
        if (change.rounding() != null) {
            next.put("rounding", change.rounding());
        }
        if (change.decimals() != null) {
            next.put("decimals", change.decimals());
        }
        String where = carrierId + "/" + planId + "@" + from;
        if (change.prefixes() != null && !change.prefixes().isEmpty()) {
            ObjectNode tables = model.has("destinationTables") ? (ObjectNode) model.get("destinationTables")
                    : model.putObject("destinationTables");
            ObjectNode table = tables.putObject(where);
            change.prefixes().forEach(table::put);
            next.put("destinations", where);
        }
        versions.insert(index + 1, next);
        return where;
    }

    static ObjectNode plan(ObjectNode model, String carrierId, String planId) {
        for (JsonNode carrier : model.path("carriers")) {
            if (carrier.path("id").asText().equals(carrierId)) {
                for (JsonNode plan : carrier.path("plans")) {
                    if (plan.path("id").asText().equals(planId)) {
                        return (ObjectNode) plan;
                    }
                }
            }
        }
        throw new NotFoundResponse("no carrier plan " + carrierId + "/" + planId + " in the rating model");
    }

    /** The index of the version in force at {@code at}, or -1. */
    static int inForce(ArrayNode versions, Instant at) {
        for (int i = 0; i < versions.size(); i++) {
            JsonNode v = versions.get(i);
            Instant to = v.hasNonNull("to") ? moment(v, "to") : Instant.MAX;
            if (!moment(v, "from").isAfter(at) && at.isBefore(to)) {
                return i;
            }
        }
        return -1;
    }

    private static Instant moment(JsonNode version, String field) {
        ZoneId zone = version.hasNonNull("zone") ? ZoneId.of(version.get("zone").asText()) : null;
        return ModelJson.instant(version.get(field).asText(), zone);
    }

    private static Instant start(String text) {
        try {
            return ModelJson.instant(text, null);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("from: " + e.getMessage());
        }
    }
}
