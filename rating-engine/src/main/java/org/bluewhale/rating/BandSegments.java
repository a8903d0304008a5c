package org.bluewhale.rating;

import java.util.Arrays;

/**
 * A call cut at its time-band boundaries: consecutive parts, each a band and a length in seconds.
 * A reusable scratch buffer (one per rating thread), so splitting allocates nothing.
 */
final class BandSegments {

    private int[] bands = new int[8];
    private long[] lengths = new long[8];
    private int count;

    void clear() {
        count = 0;
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
