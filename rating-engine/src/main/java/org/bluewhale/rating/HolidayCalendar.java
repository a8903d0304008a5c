package org.bluewhale.rating;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;

/**
 * A site's public holidays: fixed dates ({@code 2026-10-01}) and dates that recur every year
 * ({@code --01-01}). Kept as sorted epoch days and a 366-bit day-of-year mask so a lookup is a
 * binary search and a bit test.
 */
public final class HolidayCalendar {

    public static final HolidayCalendar NONE = new HolidayCalendar(new long[0], new boolean[13 * 32]);

    private final long[] epochDays;
    private final boolean[] recurring; // index month * 32 + day

    private HolidayCalendar(long[] epochDays, boolean[] recurring) {
        this.epochDays = epochDays;
        this.recurring = recurring;
    }

    /**
     * Parses dates written {@code 2026-10-01} (that day) or {@code --12-25} (every year).
     *
     * @throws IllegalArgumentException naming the date that is neither
     */
    public static HolidayCalendar parse(Collection<String> dates) {
        boolean[] recurring = new boolean[13 * 32];
        long[] days = dates.stream().map(String::strip).filter(d -> !d.startsWith("--")).mapToLong(d -> {
            try {
                return LocalDate.parse(d).toEpochDay();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + d + "' is not a date like 2026-10-01 or --12-25");
            }
        }).sorted().distinct().toArray();
        dates.stream().map(String::strip).filter(d -> d.startsWith("--")).forEach(d -> {
            try {
                MonthDay md = MonthDay.parse(d);
                recurring[md.getMonthValue() * 32 + md.getDayOfMonth()] = true;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + d + "' is not a date like 2026-10-01 or --12-25");
            }
        });
        return new HolidayCalendar(days, recurring);
    }

    /** Whether the local date with this epoch day is a holiday. */
    public boolean isHoliday(long epochDay) {
        if (Arrays.binarySearch(epochDays, epochDay) >= 0) {
            return true;
        }
        int md = CivilDate.monthDay(epochDay);
        return recurring[(md >> 5) * 32 + (md & 31)];
    }
}
