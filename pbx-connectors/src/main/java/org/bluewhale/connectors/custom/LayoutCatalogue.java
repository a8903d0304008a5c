package org.bluewhale.connectors.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.bluewhale.connectors.avaya.AvayaLayoutDecoderProvider;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.core.decode.RecordDecoderProvider;

/**
 * Layouts as an editor shows them: the built-in Avaya presets ({@code layouts/*.properties}) and
 * a site's layout file, each split into its settings and its fields, with the text it came from.
 */
public final class LayoutCatalogue {

    /** {@code avaya}: the {@code .properties} layout language; {@code json}: an admin-defined layout. */
    public static final String AVAYA = "avaya";
    public static final String JSON_LANGUAGE = "json";

    /**
     * One field: the leg field, where it is (a column range {@code 0-4}, parts joined with
     * {@code +}, or a delimited column's or regex group's name) and, for JSON layouts, its format.
     */
    public record Field(String field, String columns, String format) {
    }

    /**
     * A layout: its settings are every key but the fields (and, for JSON, but {@code formats},
     * which the fields carry); {@code text} is the definition as written.
     */
    public record Entry(String name, String description, String language, Map<String, Object> settings,
                        List<Field> fields, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD_PREFIX = "field.";

    private LayoutCatalogue() {
    }

    /** The built-in layouts, one per Avaya output format, in the order the formats are registered. */
    public static List<Entry> presets() {
        List<Entry> presets = new ArrayList<>();
        for (RecordDecoderProvider provider : ServiceLoader.load(RecordDecoderProvider.class)) {
            if (provider instanceof AvayaLayoutDecoderProvider) {
                presets.add(avaya(provider.format(), provider.description(), resource(provider.format())));
            }
        }
        return presets;
    }

    /** A site's layout file ({@code pbx.<id>.layout}), by its ending: {@code .json} or {@code .properties}. */
    public static Entry ofFile(Path file, String description) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (name.endsWith(".properties")) {
            return avaya(name.substring(0, name.length() - ".properties".length()), description, text);
        }
        if (name.endsWith(".json")) {
            return json(description, text, file.toString());
        }
        throw new LayoutException(file + ": a layout file ends in .json or .properties");
    }

    private static Entry avaya(String fallbackName, String description, String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        props.stringPropertyNames().stream().sorted().forEach(key -> {
            String value = props.getProperty(key).trim();
            if (key.startsWith(FIELD_PREFIX)) {
                fields.add(new Field(key.substring(FIELD_PREFIX.length()), value, null));
            } else {
                settings.put(key, value);
            }
        });
        fields.sort(Comparator.comparingInt(f -> firstColumn(f.columns())));
        return new Entry(String.valueOf(settings.getOrDefault("name", fallbackName)), description, AVAYA, settings,
                fields, text);
    }

    private static Entry json(String description, String text, String source) {
        JsonNode layout;
        try {
            layout = JSON.readTree(text);
        } catch (IOException e) {
            throw new LayoutException(source + ": not JSON: " + e.getMessage());
        }
        if (layout == null || !layout.isObject()) {
            throw new LayoutException(source + ": a layout is a JSON object");
        }
        ObjectNode rest = ((ObjectNode) layout).deepCopy();
        JsonNode mapped = rest.remove("fields");
        JsonNode formats = rest.remove("formats");
        List<Field> fields = new ArrayList<>();
        if (mapped != null) {
            mapped.fields().forEachRemaining(f -> fields.add(new Field(f.getKey(), f.getValue().asText(),
                    formats == null || !formats.has(f.getKey()) ? null : formats.get(f.getKey()).asText())));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = JSON.convertValue(rest, LinkedHashMap.class);
        return new Entry(layout.path("name").asText(source), description, JSON_LANGUAGE, settings, fields, text);
    }

    /** The first column of a range such as {@code 45-46 + 26-30}, for ordering fields as they stand on the line. */
    private static int firstColumn(String columns) {
        String first = columns.split("[-+ ]", 2)[0];
        return first.matches("\\d+") ? Integer.parseInt(first) : Integer.MAX_VALUE;
    }

    private static String resource(String format) {
        String name = "layouts/" + format + ".properties";
        try (InputStream in = LayoutCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new LayoutException("no built-in layout " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
