package org.bluewhale.store.charge;

import java.util.Arrays;

/**
 * Who held one extension (or code) over time: ids from each effective instant on, until the
 * next. Sorted arrays and a binary search, so finding the holder at a call's start allocates nothing.
 */
final class Timeline {

    static final int NOBODY = 0;

    private long[] from = new long[1];
    private int[] ids = new int[1];
    private int size;

    /** Adds a holder from {@code validFrom} (epoch ms) on; call {@link #sort()} after the last add. */
    void add(long validFrom, int id) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        from[size] = validFrom;
        ids[size] = id;
        size++;
    }

    void sort() {
        for (int i = 1; i < size; i++) { // insertion sort: a timeline has a handful of entries
            long f = from[i];
            int id = ids[i];
            int j = i - 1;
            for (; j >= 0 && from[j] > f; j--) {
                from[j + 1] = from[j];
                ids[j + 1] = ids[j];
            }
            from[j + 1] = f;
            ids[j + 1] = id;
        }
    }

    /** The id in effect at {@code instant} (epoch ms), or {@link #NOBODY} before the first entry. */
    int at(long instant) {
        int found = Arrays.binarySearch(from, 0, size, instant);
        int index = found >= 0 ? found : -found - 2;
        return index < 0 ? NOBODY : ids[index];
    }
}
