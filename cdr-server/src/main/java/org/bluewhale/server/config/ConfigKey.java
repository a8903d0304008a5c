package org.bluewhale.server.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * One configuration key, declared once with its type, default and a line of documentation.
 * A key may contain {@code <id>} (per-PBX keys); {@link #forId} gives the concrete name.
 *
 * @param name         property name, e.g. {@code http.port}
 * @param type         what the value is, for the documentation
 * @param defaultValue the value when the key is absent, or null when it is required
 * @param doc          one line for operators
 */
public record ConfigKey<T>(String name, String type, String defaultValue, String doc, Function<String, T> parser) {

    public static ConfigKey<String> string(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, "text", defaultValue, doc, Function.identity());
    }

    public static ConfigKey<Integer> integer(String name, int defaultValue, String doc) {
        return new ConfigKey<>(name, "integer", Integer.toString(defaultValue), doc, Integer::valueOf);
    }

    public static ConfigKey<Long> megabytes(String name, long defaultValue, String doc) {
        return new ConfigKey<>(name, "megabytes", Long.toString(defaultValue), doc, v -> Long.parseLong(v) << 20);
    }

    /** A duration written as {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h} or {@code 90d}. */
    public static ConfigKey<Duration> duration(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, "duration (ms, s, m, h, d)", defaultValue, doc, ConfigKey::parseDuration);
    }

    public static ConfigKey<ZoneId> zone(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, "IANA time zone", defaultValue, doc,
                v -> v.equals("system") ? ZoneId.systemDefault() : ZoneId.of(v));
    }

    /** The key of one PBX, for names declared with {@code <id>}. */
    public ConfigKey<T> forId(String id) {
        return new ConfigKey<>(name.replace("<id>", id), type, defaultValue, doc, parser);
    }

    static Duration parseDuration(String text) {
        String t = text.trim();
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split))) {
            split++;
        }
        if (split == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 500ms, 30s, 10m, 1h, 90d");
        }
        long amount = Long.parseLong(t.substring(0, split));
        return switch (t.substring(split)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("'" + text + "' has no unit: write ms, s, m, h or d");
        };
    }
}
