package org.bluewhale.connectors.avaya;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import org.bluewhale.connectors.layout.YearlessDates;

/**
 * The calendar date of Avaya records that carry only the time of day their call ended. The PBX
 * sends a separate date record when its CDR link comes up and at every midnight; this remembers the
 * last one, for ONE PBX (one instance per decoder, and the pipeline keeps one decoder per PBX).
 *
 * <ul>
 *   <li>A date record gives month and day; its year is inferred from the receive time
 *       ({@link YearlessDates}).</li>
 *   <li>Records leave the PBX in order of their end time, so an end time more than three hours
 *       earlier than the previous record's (more than a DST change or a clock correction) means
 *       midnight passed without a date record: the remembered date moves on one day rather than
 *       billing the call a day early.</li>
 *   <li>Before the first date record (a restart resumes after the last one stored), the date is
 *       the one on which the record was received, in the PBX's zone, or the day before when the
 *       end time is more than an hour later than the receive time (a call that ended before
 *       midnight, delivered after it).</li>
 * </ul>
 */
final class AvayaCallDates {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int ROLLOVER_GAP = 3 * 3600;
    private static final int CLOCK_SKEW = 3600;

    private final ZoneId zone;
    private LocalDate date;
    private int lastSecondOfDay = -1;

    AvayaCallDates(ZoneId zone) {
        this.zone = zone;
    }

    /** Remembers a date record; returns its full date, or null when month and day name no date near the receive time. */
    LocalDate dateRecord(MonthDay monthDay, Instant receivedAt) {
        LocalDate candidate = YearlessDates.resolve(monthDay, LocalDate.ofInstant(receivedAt, zone));
        if (candidate == null) {
            return null;
        }
        date = candidate;
        lastSecondOfDay = -1;
        return date;
    }

    /** The date on which a record that ended at {@code secondOfDay} (PBX local time) ended. */
    LocalDate dateOf(int secondOfDay, Instant receivedAt) {
        if (date == null) {
            LocalDateTime received = LocalDateTime.ofInstant(receivedAt, zone);
            boolean beforeMidnight = secondOfDay > received.toLocalTime().toSecondOfDay() + CLOCK_SKEW;
            return beforeMidnight ? received.toLocalDate().minusDays(1) : received.toLocalDate();
        }
        if (lastSecondOfDay >= 0 && secondOfDay < lastSecondOfDay - ROLLOVER_GAP) {
            date = date.plusDays(1);
        }
        lastSecondOfDay = secondOfDay;
        return date;
    }

    /** Local epoch seconds of a time of day on the date {@link #dateOf} gives. */
    long localEpochSecond(int secondOfDay, Instant receivedAt) {
        return dateOf(secondOfDay, receivedAt).toEpochDay() * SECONDS_PER_DAY + secondOfDay;
    }
}
