package org.bluewhale.connectors.custom;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.ColumnRanges;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.core.Direction;

/**
 * A {@link CustomLayout} checked and ready to read lines. Every mistake an operator can make is
 * reported by {@link #compile} with the layout's name and what to fix: unknown fields, bad column
 * ranges or overlaps, a missing time or duration, a pattern that does not compile or lacks a
 * group, a date pattern that does not parse.
 */
final class CompiledLayout {

    final String name;
    final Pattern skip;
    final Map<LegField, TimeFormat> times;
    final DurationText duration;
    final Map<String, Direction> directions;
    private final Supplier<FieldSource> sources;
    private final Map<LegField, String> mapped;

    private CompiledLayout(String name, Pattern skip, Map<LegField, TimeFormat> times, DurationText duration,
                           Map<String, Direction> directions, Supplier<FieldSource> sources, Map<LegField, String> mapped) {
        this.name = name;
        this.skip = skip;
        this.times = times;
        this.duration = duration;
        this.directions = directions;
        this.sources = sources;
        this.mapped = mapped;
    }

    static CompiledLayout compile(CustomLayout layout) {
        String name = layout.name() == null || layout.name().isBlank() ? null : layout.name();
        if (name == null) {
            throw new LayoutException("layout: missing 'name'");
        }
        try {
            Map<LegField, String> fields = fields(layout);
            Map<LegField, TimeFormat> times = times(fields.keySet(), layout.formats());
            boolean hasDuration = fields.containsKey(LegField.DURATION)
                    || (startKnown(fields.keySet()) && endKnown(fields.keySet()));
            if (!hasDuration) {
                throw new IllegalArgumentException("needs a 'duration' field, or both a start and an end");
            }
            return new CompiledLayout(name, regex("skip", layout.skip()), times, DurationText.of(layout.duration()),
                    directions(layout.directions()), sources(layout, fields), fields);
        } catch (IllegalArgumentException e) {
            throw new LayoutException("layout '" + name + "': " + e.getMessage(), e);
        }
    }

    /** A fresh reader of lines: it may keep state (a header row), so one per decoder. */
    FieldSource newSource() {
        return sources.get();
    }

    boolean maps(LegField field) {
        return mapped.containsKey(field);
    }

    private static Map<LegField, String> fields(CustomLayout layout) {
        Map<LegField, String> fields = new EnumMap<>(LegField.class);
        if (layout.fields().isEmpty()) {
            throw new IllegalArgumentException("missing 'fields' (which leg field is where in the line)");
        }
        layout.fields().forEach((key, source) -> {
            LegField field = LegField.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "unknown field '" + key + "'; known fields: " + LegField.keys()));
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("field '" + key + "' has no source");
            }
            fields.put(field, source.trim());
        });
        if (!fields.containsKey(LegField.CALLING) && !fields.containsKey(LegField.DIALED)) {
            throw new IllegalArgumentException("needs a 'calling' or a 'dialed' field: a record without either is no call");
        }
        if (!startKnown(fields.keySet()) && !endKnown(fields.keySet())) {
            throw new IllegalArgumentException("needs a time: 'start' or 'end', or 'date' with 'start-time' or 'end-time'");
        }
        return fields;
    }

    private static boolean startKnown(java.util.Set<LegField> fields) {
        return fields.contains(LegField.START) || fields.contains(LegField.DATE) && fields.contains(LegField.START_TIME);
    }

    private static boolean endKnown(java.util.Set<LegField> fields) {
        return fields.contains(LegField.END) || fields.contains(LegField.DATE) && fields.contains(LegField.END_TIME);
    }

    private static Map<LegField, TimeFormat> times(java.util.Set<LegField> fields, Map<String, String> formats) {
        Map<LegField, TimeFormat> times = new EnumMap<>(LegField.class);
        for (String key : formats.keySet()) {
            LegField field = LegField.byKey(key).orElse(null);
            if (field == null || kind(field) == null) {
                throw new IllegalArgumentException("formats has '" + key + "'; only start, end, date, start-time and "
                        + "end-time take a format");
            }
        }
        for (LegField field : fields) {
            TimeFormat.Kind kind = kind(field);
            if (kind != null) {
                String pattern = formats.get(field.key());
                if (pattern == null) {
                    throw new IllegalArgumentException("field '" + field.key() + "' needs formats." + field.key()
                            + " (e.g. " + example(kind) + ")");
                }
                times.put(field, TimeFormat.of(pattern, kind));
            }
        }
        return times;
    }

    private static TimeFormat.Kind kind(LegField field) {
        return switch (field) {
            case START, END -> TimeFormat.Kind.DATE_TIME;
            case DATE -> TimeFormat.Kind.DATE;
            case START_TIME, END_TIME -> TimeFormat.Kind.TIME;
            default -> null;
        };
    }

    private static String example(TimeFormat.Kind kind) {
        return switch (kind) {
            case DATE_TIME -> "yyyy-MM-dd HH:mm:ss or epoch-seconds";
            case DATE -> "dd/MM/yy";
            case TIME -> "HH:mm:ss";
        };
    }

    private static Map<String, Direction> directions(Map<String, String> values) {
        Map<String, Direction> directions = new HashMap<>();
        values.forEach((value, direction) -> {
            try {
                directions.put(value, Direction.valueOf(direction.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("directions: '" + value + "' maps to '" + direction
                        + "'; expected incoming, outgoing, internal, tandem or unknown");
            }
        });
        return directions;
    }

    private static Supplier<FieldSource> sources(CustomLayout layout, Map<LegField, String> fields) {
        if (layout.kind() == null) {
            throw new IllegalArgumentException("missing 'kind': fixed, delimited or regex");
        }
        String kind = layout.kind();
        return switch (kind) {
            case "fixed" -> {
                Map<LegField, Column[]> columns = columns(fields);
                yield () -> new FixedWidthSource(columns);
            }
            case "delimited" -> {
                char delimiter = delimiter(layout.delimiter());
                if (!layout.header() && layout.columns().isEmpty()) {
                    throw new IllegalArgumentException("a delimited layout needs \"header\": true (the PBX writes a "
                            + "header row) or \"columns\": [the names of its columns]");
                }
                for (String column : fields.values()) {
                    if (!layout.columns().isEmpty() && !layout.columns().contains(column)) {
                        throw new IllegalArgumentException("column '" + column + "' is not in columns " + layout.columns());
                    }
                }
                yield () -> new DelimitedSource(fields, delimiter, layout.header(), layout.columns());
            }
            case "regex" -> {
                Pattern pattern = regex("pattern", layout.pattern());
                if (pattern == null) {
                    throw new IllegalArgumentException("a regex layout needs a 'pattern' with named groups");
                }
                fields.forEach((field, group) -> {
                    if (!pattern.pattern().contains("(?<" + group + ">")) {
                        throw new IllegalArgumentException("field '" + field.key() + "': the pattern has no group (?<"
                                + group + ">...)");
                    }
                });
                yield () -> new RegexSource(pattern, fields);
            }
            default -> throw new IllegalArgumentException("kind '" + kind + "'; expected fixed, delimited or regex");
        };
    }

    private static Map<LegField, Column[]> columns(Map<LegField, String> fields) {
        Map<LegField, Column[]> columns = new EnumMap<>(LegField.class);
        fields.forEach((field, ranges) -> {
            try {
                columns.put(field, ColumnRanges.parse(ranges));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field '" + field.key() + "' = '" + ranges + "': " + e.getMessage());
            }
        });
        columns.forEach((a, aParts) -> columns.forEach((b, bParts) -> {
            for (Column x : aParts) {
                for (Column y : bParts) {
                    if (a.ordinal() < b.ordinal() && x.overlaps(y)) {
                        throw new IllegalArgumentException("field '" + a.key() + "' (" + x + ") overlaps field '"
                                + b.key() + "' (" + y + ")");
                    }
                }
            }
        }));
        return columns;
    }

    private static char delimiter(String text) {
        String d = text.equals("\\t") ? "\t" : text;
        if (d.length() != 1) {
            throw new IllegalArgumentException("delimiter '" + text + "' must be one character");
        }
        return d.charAt(0);
    }

    private static Pattern regex(String key, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(key + " is not a regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }
}
