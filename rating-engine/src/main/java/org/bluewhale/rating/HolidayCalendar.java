package org.bluewhale.rating;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;

/**
 * A site's public holidays: fixed dates ({@code 2026-10-01}) and dates that recur every year
 * ({@code --01-01}). Every day of 1970-2199 is resolved into a bit set when the calendar is built
 * (3.6 KB), so rating tests one bit; days outside that span are computed.
 */
public final class HolidayCalendar {

    private static final long LAST_DAY = LocalDate.of(2200, 1, 1).toEpochDay(); // before NONE: it uses it

    public static final HolidayCalendar NONE = new HolidayCalendar(new long[0], new boolean[13 * 32]);

    private final long[] epochDays;
    private final boolean[] recurring; // index month * 32 + day
    private final long[] bits;

    private HolidayCalendar(long[] epochDays, boolean[] recurring) {
        this.epochDays = epochDays;
        this.recurring = recurring;
        this.bits = new long[(int) (LAST_DAY >> 6) + 1];
        for (long day = 0; day < LAST_DAY; day++) {
            if (compute(day)) {
                bits[(int) (day >> 6)] |= 1L << day;
            }
        }
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
        if (epochDay >= 0 && epochDay < LAST_DAY) {
            return (bits[(int) (epochDay >> 6)] & 1L << epochDay) != 0;
        }
        return compute(epochDay);
    }

    private boolean compute(long epochDay) {
        if (Arrays.binarySearch(epochDays, epochDay) >= 0) {
            return true;
        }
        int md = CivilDate.monthDay(epochDay);
        return recurring[(md >> 5) * 32 + (md & 31)];
    }
}
