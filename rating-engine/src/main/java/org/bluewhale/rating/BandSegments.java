package org.bluewhale.rating;

import java.util.Arrays;

/**
 * A call cut at its time-band boundaries: consecutive parts, each a band and a length in seconds.
 * A reusable scratch buffer (one per rating thread), so splitting allocates nothing.
 *
 * <p>It remembers what it was last cut from, because the reference pricing of a call usually
 * cuts the same time by the same bands as its actual pricing did, and then the cut is kept.
 */
final class BandSegments {

    private int[] bands = new int[8];
    private long[] lengths = new long[8];
    private int count;
    private TimeBands cutBy; // null: the parts were not made by cut()
    private boolean cutSplit;
    private long cutStart;
    private long cutChargedStart;
    private long cutCharged;
    private ZoneTimeline cutTimeline;
    private HolidayCalendar cutHolidays;

    /**
     * The charged time {@code [chargedStart, chargedStart + charged)} of a call starting at {@code start}
     * cut at the band boundaries of {@code by}, or kept whole at the start band unless {@code split}.
     */
    void cut(TimeBands by, boolean split, long start, long chargedStart, long charged, ZoneTimeline timeline,
             HolidayCalendar holidays) {
        if (by == cutBy && split == cutSplit && start == cutStart && chargedStart == cutChargedStart
                && charged == cutCharged && timeline == cutTimeline && holidays == cutHolidays) {
            return;
        }
        if (split) {
            by.split(chargedStart, charged, timeline, holidays, this);
        } else {
            clear();
            add(by.bandAt(start + timeline.offset(timeline.periodOf(start), start), holidays), charged);
        }
        cutBy = by;
        cutSplit = split;
        cutStart = start;
        cutChargedStart = chargedStart;
        cutCharged = charged;
        cutTimeline = timeline;
        cutHolidays = holidays;
    }

    void clear() {
        count = 0;
        cutBy = null;
    }

    /** Appends a part, merged into the previous one when it has the same band. */
    void add(int band, long length) {
        if (count > 0 && bands[count - 1] == band) {
            lengths[count - 1] += length;
            return;
        }
        if (count == bands.length) {
            bands = Arrays.copyOf(bands, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        bands[count] = band;
        lengths[count] = length;
        count++;
    }

    int count() {
        return count;
    }

    int band(int i) {
        return bands[i];
    }

    long length(int i) {
        return lengths[i];
    }
}
