package org.bluewhale.connectors.layout;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Gives a year to the month and day that PBX records print without one (Avaya date records,
 * Nortel time stamps): the year in which the record was received, or the year before when that
 * would put the date more than a month after the receipt (a 12/31 record read in January, or a
 * buffer emptied after New Year).
 */
public final class YearlessDates {

    private YearlessDates() {
    }

    /** The full date, or null when neither year has that month and day (02 29 outside leap years). */
    public static LocalDate resolve(MonthDay monthDay, LocalDate received) {
        int year = received.getYear();
        if (monthDay.isValidYear(year)) {
            LocalDate date = monthDay.atYear(year);
            if (!date.isAfter(received.plusMonths(1))) {
                return date;
            }
        }
        return monthDay.isValidYear(year - 1) ? monthDay.atYear(year - 1) : null;
    }
}
