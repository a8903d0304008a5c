package org.bluewhale.connectors.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where each field sits in a fixed-width CDR line, kept as data so that a site can describe its
 * PBX's customized output without code. A layout is a properties file:
 *
 * <pre>
 * name = avaya-unformatted
 * date-pattern = ddMMyy HHmm        # how the start field is written (see LocalTimestampPattern)
 * minimum-length = 70               # shorter lines (after trimming) are not call records
 * field.start = 0-11                # 0-based columns, end exclusive
 * field.duration = 12-16
 * ...
 * </pre>
 *
 * Field names come from {@link LayoutField}; loading fails with a message naming the file and the
 * problem for unknown keys, malformed ranges, overlapping fields and missing required fields.
 * Built-in presets live on the class path as {@code layouts/<name>.properties}.
 */
public final class FixedWidthLayout {

    private static final String FIELD_PREFIX = "field.";

    private final String name;
    private final LocalTimestampPattern startPattern;
    private final int minimumLength;
    private final Column[] columns;

    private FixedWidthLayout(String name, LocalTimestampPattern startPattern, int minimumLength,
                             Map<LayoutField, Column> columns) {
        this.name = name;
        this.startPattern = startPattern;
        this.minimumLength = minimumLength;
        this.columns = new Column[LayoutField.values().length];
        Arrays.fill(this.columns, Column.ABSENT);
        columns.forEach((field, column) -> this.columns[field.ordinal()] = column);
    }

    /** A built-in layout, e.g. {@code avaya-unformatted}. */
    public static FixedWidthLayout preset(String name) {
        String resource = "layouts/" + name + ".properties";
        try (InputStream in = FixedWidthLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LayoutException("no built-in layout '" + name + "' (" + resource + " not on the class path)");
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** A site's own layout file. */
    public static FixedWidthLayout load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /** A layout from any stream; {@code source} names it in error messages. */
    public static FixedWidthLayout load(InputStream in, String source) throws IOException {
        Properties props = new Properties();
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return fromProperties(props, source);
    }

    /** A layout from a stream with no name to report (e.g. an upload). */
    public static FixedWidthLayout load(InputStream in) throws IOException {
        return load(in, "layout");
    }

    private static FixedWidthLayout fromProperties(Properties props, String source) {
        Map<LayoutField, Column> columns = new EnumMap<>(LayoutField.class);
        String name = null;
        String datePattern = null;
        int minimumLength = 0;
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (key.startsWith(FIELD_PREFIX)) {
                String fieldKey = key.substring(FIELD_PREFIX.length());
                LayoutField field = LayoutField.byKey(fieldKey).orElseThrow(() -> new LayoutException(source
                        + ": unknown field '" + fieldKey + "'; known fields: " + knownKeys()));
                columns.put(field, parseColumn(source, key, value));
            } else {
                switch (key) {
                    case "name" -> name = value;
                    case "date-pattern" -> datePattern = value;
                    case "minimum-length" -> minimumLength = parseInt(source, key, value);
                    default -> throw new LayoutException(source + ": unknown key '" + key
                            + "'; expected name, date-pattern, minimum-length or field.<name>");
                }
            }
        }
        requireAll(source, columns);
        rejectOverlaps(source, columns);
        if (name == null || name.isEmpty()) {
            throw new LayoutException(source + ": missing 'name'");
        }
        LocalTimestampPattern pattern = compilePattern(source, datePattern);
        Column start = columns.get(LayoutField.START);
        if (start.width() != pattern.width()) {
            throw new LayoutException(source + ": field.start is " + start.width() + " columns wide but date-pattern '"
                    + datePattern + "' is " + pattern.width());
        }
        return new FixedWidthLayout(name, pattern, minimumLength, columns);
    }

    private static LocalTimestampPattern compilePattern(String source, String datePattern) {
        if (datePattern == null) {
            throw new LayoutException(source + ": missing 'date-pattern' (e.g. ddMMyy HHmm)");
        }
        try {
            return LocalTimestampPattern.compile(datePattern);
        } catch (IllegalArgumentException e) {
            throw new LayoutException(source + ": " + e.getMessage(), e);
        }
    }

    private static void requireAll(String source, Map<LayoutField, Column> columns) {
        for (LayoutField field : LayoutField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                throw new LayoutException(source + ": missing required field." + field.key());
            }
        }
    }

    private static void rejectOverlaps(String source, Map<LayoutField, Column> columns) {
        LayoutField[] fields = columns.keySet().toArray(LayoutField[]::new);
        for (int i = 0; i < fields.length; i++) {
            for (int j = i + 1; j < fields.length; j++) {
                Column a = columns.get(fields[i]);
                Column b = columns.get(fields[j]);
                if (a.overlaps(b)) {
                    throw new LayoutException(source + ": field." + fields[i].key() + " (" + a + ") overlaps field."
                            + fields[j].key() + " (" + b + ")");
                }
            }
        }
    }

    private static Column parseColumn(String source, String key, String value) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            throw new LayoutException(source + ": " + key + " = '" + value + "' is not a range like 12-16");
        }
        int start = parseInt(source, key, value.substring(0, dash).trim());
        int end = parseInt(source, key, value.substring(dash + 1).trim());
        if (end <= start) {
            throw new LayoutException(source + ": " + key + " = '" + value
                    + "' ends before it starts (columns are 0-based, end exclusive)");
        }
        return new Column(start, end);
    }

    private static int parseInt(String source, String key, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LayoutException(source + ": " + key + ": '" + value + "' is not a non-negative whole number");
        }
    }

    private static String knownKeys() {
        return Arrays.stream(LayoutField.values()).map(LayoutField::key).toList().toString();
    }

    public String name() {
        return name;
    }

    /** How the start field is written. */
    public LocalTimestampPattern startPattern() {
        return startPattern;
    }

    /** Lines shorter than this after trimming are not call records. */
    public int minimumLength() {
        return minimumLength;
    }

    /** Where a field sits, or {@link Column#ABSENT}. */
    public Column column(LayoutField field) {
        return columns[field.ordinal()];
    }

    /** One past the last column any field uses: the full width of a record. */
    public int recordWidth() {
        int width = 0;
        for (Column column : columns) {
            width = Math.max(width, column.end());
        }
        return width;
    }

    @Override
    public String toString() {
        return "FixedWidthLayout[" + name + "]";
    }
}
