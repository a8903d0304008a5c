package org.bluewhale.rating;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which band (peak, off-peak, weekend, holiday...) is in force at a local time, and the cutting of
 * a call at band boundaries with the real UTC offsets of a zone (DST included).
 *
 * <p>Each weekday has a profile: sorted start seconds with a band each, built from rules
 * "days, from, to, band" where the first rule that covers a second wins and uncovered time is the
 * default band. A rule running past midnight ({@code 22:00-06:00}) covers the evening of its
 * days and the early morning of the same days. On a date of the site's holiday calendar the whole
 * day is the holiday band when one is named, else the weekday's profile.
 */
public final class TimeBands {

    /** One rule. {@code to} 00:00 means midnight at the end of the day. */
    public record Rule(Set<DayOfWeek> days, LocalTime from, LocalTime to, String band) {
    }

    private static final int DAY = (int) CivilDate.SECONDS_PER_DAY;

    private final List<String> names;
    private final int[][] starts = new int[8][]; // index: ISO day of week; 0 unused
    private final int[][] bands = new int[8][];
    private final int holidayBand; // -1: holidays follow the weekday

    /**
     * @param defaultBand the band of time no rule covers
     * @param rules       first match wins
     * @param holidayBand the band of whole holiday dates, or null
     */
    public TimeBands(String defaultBand, List<Rule> rules, String holidayBand) {
        List<String> n = new ArrayList<>();
        n.add(defaultBand);
        rules.forEach(r -> {
            if (!n.contains(r.band())) {
                n.add(r.band());
            }
        });
        if (holidayBand != null && !n.contains(holidayBand)) {
            n.add(holidayBand);
        }
        this.names = List.copyOf(n);
        this.holidayBand = holidayBand == null ? -1 : names.indexOf(holidayBand);
        for (DayOfWeek day : DayOfWeek.values()) {
            profile(day, rules);
        }
    }

    /** One band all the time. */
    public static TimeBands flat(String band) {
        return new TimeBands(band, List.of(), null);
    }

    private void profile(DayOfWeek day, List<Rule> rules) {
        List<int[]> spans = new ArrayList<>(); // {from, to, band}
        for (Rule r : rules) {
            if (!r.days().contains(day)) {
                continue;
            }
            int from = r.from().toSecondOfDay();
            int to = r.to().toSecondOfDay() == 0 ? DAY : r.to().toSecondOfDay();
            int band = names.indexOf(r.band());
            if (from < to) {
                spans.add(new int[] {from, to, band});
            } else {
                spans.add(new int[] {from, DAY, band});
                spans.add(new int[] {0, to, band});
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0));
        spans.forEach(s -> {
            cuts.add(s[0]);
            cuts.add(s[1]);
        });
        cuts.remove(DAY);
        List<int[]> profile = new ArrayList<>();
        for (int cut : cuts) {
            int band = 0;
            for (int[] s : spans) {
                if (s[0] <= cut && cut < s[1]) {
                    band = s[2];
                    break;
                }
            }
            if (profile.isEmpty() || profile.get(profile.size() - 1)[1] != band) {
                profile.add(new int[] {cut, band});
            }
        }
        starts[day.getValue()] = profile.stream().mapToInt(p -> p[0]).toArray();
        bands[day.getValue()] = profile.stream().mapToInt(p -> p[1]).toArray();
    }

    public List<String> names() {
        return names;
    }

    /** The band id at a local time, {@code localSecond} counted from 1970-01-01T00:00 local. */
    int bandAt(long localSecond, HolidayCalendar holidays) {
        long day = Math.floorDiv(localSecond, (long) DAY);
        int second = (int) (localSecond - day * DAY);
        if (holidayBand >= 0 && holidays.isHoliday(day)) {
            return holidayBand;
        }
        int dow = CivilDate.dayOfWeek(day);
        int[] s = starts[dow];
        int i = s.length - 1;
        while (s[i] > second) {
            i--;
        }
        return bands[dow][i];
    }

    /** The local second at which the band in force at {@code localSecond} may next change. */
    private long nextChange(long localSecond, HolidayCalendar holidays) {
        long day = Math.floorDiv(localSecond, (long) DAY);
        long midnight = (day + 1) * DAY;
        if (holidayBand >= 0 && holidays.isHoliday(day)) {
            return midnight;
        }
        int second = (int) (localSecond - day * DAY);
        for (int start : starts[CivilDate.dayOfWeek(day)]) {
            if (start > second) {
                return day * DAY + start;
            }
        }
        return midnight;
    }

    /**
     * Cuts {@code [start, start + seconds)} (epoch seconds UTC) into band parts, evaluating the
     * bands in local time of {@code timeline}. Offsets are re-read at every DST transition, so a
     * fall-back hour is rated as the wall clock shows it twice and a spring-forward hour not at all.
     */
    void split(long start, long seconds, ZoneTimeline timeline, HolidayCalendar holidays, BandSegments out) {
        out.clear();
        long t = start;
        long end = start + seconds;
        int period = timeline.periodOf(t);
        while (t < end) {
            while (t >= timeline.periodEnd(period)) {
                period++;
            }
            int offset = timeline.offset(period, t);
            long local = t + offset;
            int band = bandAt(local, holidays);
            long cut = Math.min(Math.min(nextChange(local, holidays) - offset, timeline.periodEnd(period)), end);
            out.add(band, cut - t);
            t = cut;
        }
    }

    /** Parses {@code MON-FRI}, {@code SAT,SUN}, {@code ALL}. */
    public static Set<DayOfWeek> days(String text) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toUpperCase(java.util.Locale.ROOT).split(",")) {
            String p = part.strip();
            if (p.equals("ALL")) {
                return EnumSet.allOf(DayOfWeek.class);
            }
            int dash = p.indexOf('-');
            DayOfWeek from = day(dash < 0 ? p : p.substring(0, dash), text);
            DayOfWeek to = dash < 0 ? from : day(p.substring(dash + 1), text);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation, String whole) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() >= 2) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + whole + "' is not a list of days like MON-FRI or SAT,SUN");
    }
}
