package org.bluewhale.connectors.avaya;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * The calendar date of Avaya records that carry only the time of day their call ended. The PBX
 * sends a separate date record when its CDR link comes up and at every midnight; this remembers the
 * last one, for ONE PBX (one instance per decoder, and the pipeline keeps one decoder per PBX).
 *
 * <ul>
 *   <li>A date record gives month and day; its year is the receive year, or the one before when
 *       that would put the date more than a month after the record was received (a 12 31 date
 *       record read on 1 January, or a buffer emptied after New Year).</li>
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
        LocalDate received = LocalDate.ofInstant(receivedAt, zone);
        int year = received.getYear();
        LocalDate candidate = monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
        if (candidate == null || candidate.isAfter(received.plusMonths(1))) {
            if (!monthDay.isValidYear(year - 1)) {
                return null;
            }
            candidate = monthDay.atYear(year - 1);
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
