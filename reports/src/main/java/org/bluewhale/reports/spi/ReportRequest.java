package org.bluewhale.reports.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.bluewhale.reports.calls.CallFilter;

/**
 * What an operator asked for: the calls (period, filters, their scope), who asked and when, and
 * the options a report understands ({@code by=hour}, {@code limit=20}, {@code user=Li Na}).
 */
public record ReportRequest(CallFilter filter, Instant generatedAt, String createdBy, Map<String, String> options) {

    public ReportRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        options = Map.copyOf(options);
    }

    public String option(String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A whole-number option from 1 to {@code max}. */
    public int intOption(String name, int fallback, int max) {
        String value = option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException(name + "='" + value + "' must be a whole number from 1 to " + max);
    }
}
