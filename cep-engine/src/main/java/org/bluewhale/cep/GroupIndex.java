package org.bluewhale.cep;

import java.util.Arrays;

/**
 * Link key to held group: open addressing with linear probing over parallel arrays (a key costs
 * 12 bytes at load 0.6 instead of the ~64 of a {@code HashMap<Long, ...>} entry). Key 0 marks an
 * empty slot; {@link LegLinks#hash} never returns it.
 */
final class GroupIndex {

    private long[] keys = new long[1 << 10];
    private CallGroup[] groups = new CallGroup[1 << 10];
    private int size;

    int size() {
        return size;
    }

    CallGroup get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return groups[i];
            }
        }
        return null;
    }

    void put(long key, CallGroup group) {
        if (size + 1 > keys.length * 0.6) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        groups[i] = group;
    }

    /** Removes {@code key} if it leads to {@code group} (directly or through merges). */
    void remove(long key, CallGroup group) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
        if (groups[i].root() != group) {
            return;
        }
        // backward-shift deletion keeps every probe chain unbroken without tombstones
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                groups[hole] = groups[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        groups[hole] = null;
        size--;
    }

    private void grow() {
        long[] oldKeys = keys;
        CallGroup[] oldGroups = groups;
        keys = new long[oldKeys.length * 2];
        groups = new CallGroup[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldGroups[i].root());
            }
        }
        Arrays.fill(oldGroups, null);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
