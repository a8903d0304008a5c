package org.bluewhale.reports;

import java.util.Objects;

/** A line of the block above a report's table, such as "Total cost: 1,234.50 CNY". */
public record HeaderLine(String label, String value) {

    public HeaderLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
