package org.bluewhale.web.dashboard;

import java.util.Arrays;

/** The calls over one trunk or trunk group: how many, their billed seconds, and the most at once. */
final class TrunkLoad {

    long calls;
    long billedSeconds;
    private long[] starts = new long[16];
    private long[] ends = new long[16];

    void add(long startMillis, int durationSeconds, long billed) {
        if (calls == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[(int) calls] = startMillis;
        ends[(int) calls] = startMillis + durationSeconds * 1_000L;
        calls++;
        billedSeconds += billed;
    }

    /**
     * The largest number of calls in progress at one instant (a call ending when another starts
     * is not counted with it): a sweep over the sorted starts and ends, n log n for a day's calls.
     */
    int peakSimultaneous() {
        int n = (int) calls;
        long[] s = Arrays.copyOf(starts, n);
        long[] e = Arrays.copyOf(ends, n);
        Arrays.sort(s);
        Arrays.sort(e);
        int open = 0;
        int peak = 0;
        for (int i = 0, j = 0; i < n; i++) {
            while (j < n && e[j] <= s[i]) {
                j++;
                open--;
            }
            open++;
            peak = Math.max(peak, open);
        }
        return peak;
    }
}
