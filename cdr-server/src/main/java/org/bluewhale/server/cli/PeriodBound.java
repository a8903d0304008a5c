package org.bluewhale.server.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The ends of a report period as people type them: a day in the report's zone or an exact
 * instant. A day given as the end is included, so {@code --from 2026-11-01 --to 2026-11-30} is
 * November, whatever the zone's offset or daylight saving.
 */
final class PeriodBound {

    private PeriodBound() {
    }

    static Instant start(String text, ZoneId zone) {
        return parse(text, zone, false);
    }

    static Instant end(String text, ZoneId zone) {
        return parse(text, zone, true);
    }

    private static Instant parse(String text, ZoneId zone, boolean end) {
        try {
            LocalDate day = LocalDate.parse(text.trim());
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is neither a day (2026-11-30) nor an instant "
                        + "(2026-11-30T16:00:00Z)");
            }
        }
    }
}
