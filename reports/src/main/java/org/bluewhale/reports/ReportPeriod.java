package org.bluewhale.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The time range a report covers, [from, to), shown in the zone the operator chose with its UTC
 * offset: {@code from 2000-10-09 00:00:00 UTC+0800 to 2012-11-09 23:59:59 UTC+0800}. The end is
 * printed as the last second inside the range, as finance departments read it.
 */
public record ReportPeriod(Instant from, Instant to, ZoneId zone) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'xx");

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period: " + from + " is not before " + to);
        }
    }

    public String describe() {
        return "from " + LOCAL.format(from.atZone(zone)) + " to " + LOCAL.format(to.minusSeconds(1).atZone(zone));
    }

    /** An instant of the report shown the same way (for "generated at"). */
    public String local(Instant instant) {
        return LOCAL.format(instant.atZone(zone));
    }
}
