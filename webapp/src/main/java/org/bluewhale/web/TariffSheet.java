package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.store.orgimport.Sheet;
import org.bluewhale.store.orgimport.SheetLine;

/**
 * A plan version's tariff as a table, one line per destination prefix, zone and band, as CSV and
 * XLSX files carry it:
 *
 * <pre>
 * prefix | zone     | band    | price | first | increment | fee  | flat | minimum | maximum | free_seconds
 * 8610   | national | peak    | 0.25  | 6     | 6         |      |      |         |         |
 * 8610   | national | off-peak| 0.15  | 6     | 6         |      |      |         |         |
 *        | LOCAL    | *       | 0.10  | 180   | 60        |      |      | 0.20    |         |
 * </pre>
 *
 * A zone's charging columns repeat on each of its lines and must agree; band {@code *} is one
 * price for every band; a line without a prefix is a zone no prefix leads to (the call-class
 * zones). Reading checks every line and answers all problems with their line numbers, so a bad
 * file loads nothing.
 */
final class TariffSheet {

    static final List<String> COLUMNS = List.of("prefix", "zone", "band", "price", "first", "increment", "fee", "flat",
            "minimum", "maximum", "free_seconds");
    /** Zone fields in the model (docs/rating.md) for the charging columns after price. */
    private static final Map<String, String> FIELDS = fields();
    private static final List<String> WHOLE_NUMBERS = List.of("first", "increment", "freeSeconds");
    private static final int PROBLEMS_SHOWN = 20;

    /** The zones and prefixes a file holds, as a change to the version in force. */
    record Tariff(Map<String, ObjectNode> zones, Map<String, String> prefixes) {
    }

    private TariffSheet() {
    }

    /** The lines of {@code version}'s zones; {@code prefixes} maps each prefix to its zone. */
    static List<List<String>> lines(JsonNode version, Map<String, String> prefixes) {
        Map<String, List<String>> prefixesOf = new HashMap<>();
        prefixes.forEach((prefix, zone) -> prefixesOf.computeIfAbsent(zone, z -> new ArrayList<>()).add(prefix));
        List<List<String>> lines = new ArrayList<>();
        version.path("zones").fields().forEachRemaining(zone -> {
            JsonNode z = zone.getValue();
            Map<String, String> bandPrices = new LinkedHashMap<>();
            if (z.has("prices")) {
                z.get("prices").fields().forEachRemaining(b -> bandPrices.put(b.getKey(), b.getValue().asText()));
            } else {
                bandPrices.put(z.has("price") ? "*" : "", z.path("price").asText(""));
            }
            for (String prefix : prefixesOf.getOrDefault(zone.getKey(), List.of(""))) {
                bandPrices.forEach((band, price) -> {
                    List<String> line = new ArrayList<>(List.of(prefix, zone.getKey(), band, price));
                    FIELDS.values().forEach(field -> line.add(z.path(field).asText("")));
                    lines.add(line);
                });
            }
        });
        return lines;
    }

    static Tariff read(Sheet sheet) {
        List<String> problems = new ArrayList<>();
        if (!sheet.header().contains("zone")) {
            throw new BadRequest("the first line must name the columns " + String.join(", ", COLUMNS)
                    + "; nothing was loaded");
        }
        sheet.header().stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c))
                .forEach(c -> problems.add("line 1: unknown column '" + c + "'; the columns are " + String.join(", ", COLUMNS)));
        Map<String, ObjectNode> zones = new LinkedHashMap<>();
        Map<String, SheetLine> zoneFirstSeen = new HashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        Map<String, Integer> prefixLine = new HashMap<>();
        for (SheetLine line : sheet.lines()) {
            String zone = line.get("zone");
            if (zone.isEmpty()) {
                problems.add("line " + line.line() + ": no zone");
                continue;
            }
            String prefix = line.get("prefix");
            if (!prefix.isEmpty()) {
                if (!prefix.chars().allMatch(Character::isDigit)) {
                    problems.add("line " + line.line() + ": prefix '" + prefix + "' must be digits only (E.164, country code first)");
                } else if (prefixes.containsKey(prefix) && !prefixes.get(prefix).equals(zone)) {
                    problems.add("line " + line.line() + ": prefix " + prefix + " is zone " + prefixes.get(prefix)
                            + " on line " + prefixLine.get(prefix));
                } else {
                    prefixes.put(prefix, zone);
                    prefixLine.putIfAbsent(prefix, line.line());
                }
            }
            ObjectNode z = zones.get(zone);
            if (z == null) {
                z = charging(line, problems);
                zones.put(zone, z);
                zoneFirstSeen.put(zone, line);
            } else {
                SheetLine first = zoneFirstSeen.get(zone);
                for (String column : FIELDS.keySet()) {
                    if (!line.get(column).equals(first.get(column))) {
                        problems.add("line " + line.line() + ": " + column + " of zone " + zone + " is '"
                                + first.get(column) + "' on line " + first.line());
                    }
                }
            }
            price(z, line, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems.size() + " problem(s), nothing was loaded: "
                    + String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
                    + (problems.size() > PROBLEMS_SHOWN ? "; ..." : ""));
        }
        return new Tariff(zones, prefixes);
    }

    private static ObjectNode charging(SheetLine line, List<String> problems) {
        ObjectNode z = JsonNodeFactory.instance.objectNode();
        FIELDS.forEach((column, field) -> {
            String text = line.get(column);
            if (text.isEmpty()) {
                return;
            }
            try {
                if (WHOLE_NUMBERS.contains(field)) {
                    z.put(field, Integer.parseInt(text));
                } else {
                    z.put(field, new BigDecimal(text).toPlainString());
                }
            } catch (NumberFormatException e) {
                problems.add("line " + line.line() + ": " + column + " '" + text + "' is not "
                        + (WHOLE_NUMBERS.contains(field) ? "a whole number of seconds" : "a decimal amount like 0.25"));
            }
        });
        return z;
    }

    private static void price(ObjectNode z, SheetLine line, List<String> problems) {
        String text = line.get("price");
        if (text.isEmpty()) {
            return;
        }
        String price;
        try {
            price = new BigDecimal(text).toPlainString();
        } catch (NumberFormatException e) {
            problems.add("line " + line.line() + ": price '" + text + "' is not a decimal amount like 0.25");
            return;
        }
        String band = line.get("band");
        if (band.isEmpty() || band.equals("*")) {
            if (z.has("price") && !z.get("price").asText().equals(price)) {
                problems.add("line " + line.line() + ": zone " + line.get("zone") + " has two prices for every band");
            }
            z.put("price", price);
            return;
        }
        ObjectNode prices = z.has("prices") ? (ObjectNode) z.get("prices") : z.putObject("prices");
        if (prices.has(band) && !prices.get(band).asText().equals(price)) {
            problems.add("line " + line.line() + ": zone " + line.get("zone") + " band " + band + " costs "
                    + prices.get(band).asText() + " on an earlier line");
        }
        prices.put(band, price);
    }

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String column : COLUMNS.subList(4, COLUMNS.size())) {
            m.put(column, column.equals("free_seconds") ? "freeSeconds" : column);
        }
        return m;
    }
}
