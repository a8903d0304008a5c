package org.bluewhale.rating;

/**
 * Calendar arithmetic on epoch days without java.time objects, for the rating hot path
 * (Howard Hinnant's civil_from_days, proleptic Gregorian as java.time uses).
 */
final class CivilDate {

    static final long SECONDS_PER_DAY = 86_400L;

    private CivilDate() {
    }

    /** ISO day of week, 1 = Monday ... 7 = Sunday; epoch day 0 was a Thursday. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L) + 1;
    }

    /** {@code month << 5 | day} of an epoch day. */
    static int monthDay(long epochDay) {
        long[] ymd = civil(epochDay);
        return (int) (ymd[1] << 5 | ymd[2]);
    }

    /** {@code year * 12 + month - 1} of an epoch day: a month counter for volume tiers. */
    static long monthIndex(long epochDay) {
        long[] ymd = civil(epochDay);
        return ymd[0] * 12 + ymd[1] - 1;
    }

    private static long[] civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }
}
