package org.bluewhale.connectors.csv;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.connectors.layout.LocalTimestampPattern;
import org.bluewhale.connectors.layout.PbxLocalTime;

/**
 * Reads the time and seconds fields that Asterisk and FreeSWITCH CSV CDRs share: wall-clock
 * {@code yyyy-MM-dd HH:mm:ss} in the PBX's zone (DST by the zone's rules, {@link PbxLocalTime}) and
 * whole seconds. One instance per decoder thread.
 */
public final class CsvCallTimes {

    /** How both switches write a time. */
    public static final LocalTimestampPattern PATTERN = LocalTimestampPattern.compile("yyyy-MM-dd HH:mm:ss");

    private final PbxLocalTime clock;

    public CsvCallTimes(ZoneId zone) {
        this.clock = new PbxLocalTime(zone);
    }

    /** The instant a field names, or null when it is not a valid {@link #PATTERN} date-time. */
    public Instant instant(String field) {
        long local = PATTERN.parse(field);
        return local == LocalTimestampPattern.INVALID ? null : clock.toInstant(local);
    }

    /** A non-negative count of seconds up to 9 digits, or -1. */
    public static int seconds(String field) {
        if (field.length() > 9 || !ExtensionNumbers.allDigits(field, 0)) {
            return -1;
        }
        return Integer.parseInt(field);
    }

    /** The rejection reason for a field that {@link #instant} refused. */
    public static String badTime(String name, String field, int column) {
        return name + " '" + field + "' is not a " + PATTERN + " date-time (column " + column + ")";
    }

    /** The rejection reason for a field that {@link #seconds} refused. */
    public static String badSeconds(String name, String field, int column) {
        return name + " '" + field + "' is not a whole number of seconds (column " + column + ")";
    }
}
