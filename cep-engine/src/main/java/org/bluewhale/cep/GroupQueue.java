package org.bluewhale.cep;

import java.util.function.Predicate;

/** A first-in first-out ring of groups, growing as needed (4 bytes a slot with compressed oops). */
final class GroupQueue {

    private CallGroup[] ring = new CallGroup[1 << 10];
    private int head;
    private int size;

    void add(CallGroup group) {
        if (size == ring.length) {
            CallGroup[] bigger = new CallGroup[ring.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = ring[(head + i) & (ring.length - 1)];
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = group;
        size++;
    }

    CallGroup peek() {
        return size == 0 ? null : ring[head];
    }

    void pop() {
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
    }

    int size() {
        return size;
    }

    /** Drops the groups {@code gone} says are gone, keeping the order of the others. */
    void removeIf(Predicate<CallGroup> gone) {
        int kept = 0;
        int mask = ring.length - 1;
        for (int i = 0; i < size; i++) {
            CallGroup g = ring[(head + i) & mask];
            if (!gone.test(g)) {
                ring[(head + kept++) & mask] = g;
            }
        }
        for (int i = kept; i < size; i++) {
            ring[(head + i) & mask] = null;
        }
        size = kept;
    }
}
