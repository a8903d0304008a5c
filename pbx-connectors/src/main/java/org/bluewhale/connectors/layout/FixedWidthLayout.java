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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

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
 * field.calling-number = 45-46 + 26-30   # a field split over the line: the parts are joined
 * ...
 * </pre>
 *
 * Most Avaya formats carry no date: {@code time-pattern = HHmm} with {@code field.end-time} reads
 * the time of day the call ENDED, and {@code date-record = MM dd} describes the separate date
 * lines the PBX sends. A layout with neither start nor end time takes the time the record was
 * received as its end. {@code duration-format} is {@code seconds} (default) or {@code hmmt}
 * (hours, minutes, tenths of a minute); {@code condition-codes} is {@code standard} (default) or
 * {@code 59-char} (that format's letters, translated to the standard codes).
 *
 * <p>Field names come from {@link LayoutField}; loading fails with a message naming the file and
 * the problem for unknown keys, malformed ranges, overlapping fields and missing required fields.
 * Built-in presets live on the class path as {@code layouts/<name>.properties}.
 */
public final class FixedWidthLayout {

    /** How the duration field is written. */
    public enum DurationFormat { SECONDS, HMMT }

    /** Which condition-code letters the PBX writes. */
    public enum ConditionCodes { STANDARD, FIFTY_NINE_CHAR }

    private static final String FIELD_PREFIX = "field.";
    private static final Column[] ABSENT = {Column.ABSENT};
    private static final List<String> SETTINGS = List.of("name", "date-pattern", "time-pattern",
            "date-record", "minimum-length", "duration-format", "condition-codes");

    private final String name;
    private final LocalTimestampPattern startPattern;
    private final LocalTimestampPattern endTimePattern;
    private final LocalTimestampPattern dateRecordPattern;
    private final int minimumLength;
    private final DurationFormat durationFormat;
    private final ConditionCodes conditionCodes;
    private final Column[][] columns;

    private FixedWidthLayout(String name, LocalTimestampPattern startPattern, LocalTimestampPattern endTimePattern,
                             LocalTimestampPattern dateRecordPattern, int minimumLength, DurationFormat durationFormat,
                             ConditionCodes conditionCodes, Map<LayoutField, Column[]> columns) {
        this.name = name;
        this.startPattern = startPattern;
        this.endTimePattern = endTimePattern;
        this.dateRecordPattern = dateRecordPattern;
        this.minimumLength = minimumLength;
        this.durationFormat = durationFormat;
        this.conditionCodes = conditionCodes;
        this.columns = new Column[LayoutField.values().length][];
        Arrays.fill(this.columns, ABSENT);
        columns.forEach((field, parts) -> this.columns[field.ordinal()] = parts);
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
        Map<LayoutField, Column[]> columns = new EnumMap<>(LayoutField.class);
        Map<String, String> settings = new HashMap<>();
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (key.startsWith(FIELD_PREFIX)) {
                String fieldKey = key.substring(FIELD_PREFIX.length());
                LayoutField field = LayoutField.byKey(fieldKey).orElseThrow(() -> new LayoutException(source
                        + ": unknown field '" + fieldKey + "'; known fields: " + knownKeys()));
                columns.put(field, parseParts(source, key, value));
            } else if (SETTINGS.contains(key)) {
                settings.put(key, value);
            } else {
                throw new LayoutException(source + ": unknown key '" + key + "'; expected " + String.join(", ", SETTINGS)
                        + " or field.<name>");
            }
        }
        requireAll(source, columns);
        rejectOverlaps(source, columns);
        for (LayoutField whole : new LayoutField[] {LayoutField.DURATION, LayoutField.CONDITION_CODE}) {
            if (columns.containsKey(whole) && columns.get(whole).length > 1) {
                throw new LayoutException(source + ": field." + whole.key() + " cannot be split over the record");
            }
        }
        String name = settings.get("name");
        if (name == null || name.isEmpty()) {
            throw new LayoutException(source + ": missing 'name'");
        }
        LocalTimestampPattern start = timeField(source, columns, LayoutField.START, settings.get("date-pattern"),
                "date-pattern", "ddMMyy HHmm", LocalTimestampPattern::compile);
        LocalTimestampPattern end = timeField(source, columns, LayoutField.END_TIME, settings.get("time-pattern"),
                "time-pattern", "HHmm", LocalTimestampPattern::compileTimeOfDay);
        if (start != null && end != null) {
            throw new LayoutException(source + ": field.start and field.end-time both given; a layout has one of them");
        }
        String dateRecord = settings.get("date-record");
        LocalTimestampPattern dateRecordPattern = dateRecord == null ? null
                : compile(source, "date-record", dateRecord, LocalTimestampPattern::compileMonthDay);
        int minimumLength = settings.containsKey("minimum-length")
                ? parseInt(source, "minimum-length", settings.get("minimum-length")) : 0;
        return new FixedWidthLayout(name, start, end, dateRecordPattern, minimumLength,
                choice(source, "duration-format", settings.getOrDefault("duration-format", "seconds"), DurationFormat.class),
                choice(source, "condition-codes", settings.getOrDefault("condition-codes", "standard"), ConditionCodes.class),
                columns);
    }

    /** The pattern of a time field, checked against the field's width; null when the layout has no such field. */
    private static LocalTimestampPattern timeField(String source, Map<LayoutField, Column[]> columns, LayoutField field,
                                                   String pattern, String key, String example,
                                                   Function<String, LocalTimestampPattern> compiler) {
        Column[] parts = columns.get(field);
        if (parts == null) {
            if (pattern != null) {
                throw new LayoutException(source + ": '" + key + "' given but no field." + field.key());
            }
            return null;
        }
        if (pattern == null) {
            throw new LayoutException(source + ": field." + field.key() + " needs '" + key + "' (e.g. " + example + ")");
        }
        LocalTimestampPattern compiled = compile(source, key, pattern, compiler);
        if (parts.length != 1 || parts[0].width() != compiled.width()) {
            throw new LayoutException(source + ": field." + field.key() + " is " + width(parts) + " columns wide but "
                    + key + " '" + pattern + "' is " + compiled.width());
        }
        return compiled;
    }

    private static LocalTimestampPattern compile(String source, String key, String pattern,
                                                 Function<String, LocalTimestampPattern> compiler) {
        try {
            return compiler.apply(pattern);
        } catch (IllegalArgumentException e) {
            throw new LayoutException(source + ": " + key + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E choice(String source, String key, String value, Class<E> type) {
        for (E option : type.getEnumConstants()) {
            if (spelling(option).equals(value)) {
                return option;
            }
        }
        throw new LayoutException(source + ": " + key + " = '" + value + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(FixedWidthLayout::spelling).toList());
    }

    private static String spelling(Enum<?> option) {
        return option.name().equals("FIFTY_NINE_CHAR") ? "59-char" : option.name().toLowerCase(Locale.ROOT);
    }

    private static int width(Column[] parts) {
        return Arrays.stream(parts).mapToInt(Column::width).sum();
    }

    private static void requireAll(String source, Map<LayoutField, Column[]> columns) {
        for (LayoutField field : LayoutField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                throw new LayoutException(source + ": missing required field." + field.key());
            }
        }
    }

    private static void rejectOverlaps(String source, Map<LayoutField, Column[]> columns) {
        LayoutField[] fields = columns.keySet().toArray(LayoutField[]::new);
        for (int i = 0; i < fields.length; i++) {
            for (int j = i + 1; j < fields.length; j++) {
                for (Column a : columns.get(fields[i])) {
                    for (Column b : columns.get(fields[j])) {
                        if (a.overlaps(b)) {
                            throw new LayoutException(source + ": field." + fields[i].key() + " (" + a
                                    + ") overlaps field." + fields[j].key() + " (" + b + ")");
                        }
                    }
                }
            }
        }
    }

    private static Column[] parseParts(String source, String key, String value) {
        try {
            return ColumnRanges.parse(value);
        } catch (IllegalArgumentException e) {
            throw new LayoutException(source + ": " + key + " = '" + value + "': " + e.getMessage());
        }
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

    /** How the start field is written, or null when the layout has no start date-time. */
    public LocalTimestampPattern startPattern() {
        return startPattern;
    }

    /** How the end time of day is written, or null when the layout has no end time. */
    public LocalTimestampPattern endTimePattern() {
        return endTimePattern;
    }

    /** How the PBX's separate date records are written, or null when it sends none. */
    public LocalTimestampPattern dateRecordPattern() {
        return dateRecordPattern;
    }

    /** Lines shorter than this after trimming are not call records. */
    public int minimumLength() {
        return minimumLength;
    }

    public DurationFormat durationFormat() {
        return durationFormat;
    }

    public ConditionCodes conditionCodes() {
        return conditionCodes;
    }

    /** Where a field sits (its first part for a split field), or {@link Column#ABSENT}. */
    public Column column(LayoutField field) {
        return columns[field.ordinal()][0];
    }

    /** The parts of a field, joined in this order; one {@link Column#ABSENT} when the layout lacks it. */
    public Column[] parts(LayoutField field) {
        return columns[field.ordinal()].clone();
    }

    /** One past the last column any field uses: the full width of a record. */
    public int recordWidth() {
        int width = 0;
        for (Column[] parts : columns) {
            for (Column column : parts) {
                width = Math.max(width, column.end());
            }
        }
        return width;
    }

    @Override
    public String toString() {
        return "FixedWidthLayout[" + name + "]";
    }
}
