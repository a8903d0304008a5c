package org.bluewhale.reports;

/** What a report column holds, which decides how every export writes its cells. */
public enum ColumnType {
    /** A {@link String}. */
    TEXT,
    /** A {@link Long}: calls, minutes... */
    COUNT,
    /** A {@link java.math.BigDecimal} in the report's currency, exact. */
    MONEY,
    /** A {@link Long} of seconds, shown as {@code 0D 08:18:45}. */
    DURATION
}
