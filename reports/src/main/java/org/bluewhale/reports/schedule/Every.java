package org.bluewhale.reports.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.bluewhale.reports.ReportPeriod;

/** How often a scheduled report is made, and the last whole period it covers at a given moment. */
public enum Every {
    /** Yesterday. */
    DAILY,
    /** Last week, Monday to Sunday. */
    WEEKLY,
    /** Last calendar month. */
    MONTHLY;

    /** The last period of this length that ended at or before {@code now}, in {@code zone}'s days. */
    public ReportPeriod lastPeriod(ZonedDateTime now, ZoneId zone) {
        LocalDate today = now.withZoneSameInstant(zone).toLocalDate();
        LocalDate end = switch (this) {
            case DAILY -> today;
            case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> today.withDayOfMonth(1);
        };
        LocalDate start = switch (this) {
            case DAILY -> end.minusDays(1);
            case WEEKLY -> end.minusWeeks(1);
            case MONTHLY -> end.minusMonths(1);
        };
        return new ReportPeriod(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), zone);
    }

    public static Every of(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': a report is made daily, weekly or monthly");
        }
    }
}
