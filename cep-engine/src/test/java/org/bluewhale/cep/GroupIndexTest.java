package org.bluewhale.cep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupIndexTest {

    @Test
    void behavesLikeAMapUnderRandomPutsAndRemovals() {
        GroupIndex index = new GroupIndex();
        Map<Long, CallGroup> expected = new HashMap<>();
        Random random = new Random(7);
        CallGroup[] groups = new CallGroup[50];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = new CallGroup(0);
        }
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys with clustered hashes, so probe chains are long and removals shift
            long key = 1 + random.nextInt(5_000) * 1024L;
            if (random.nextInt(3) == 0) {
                CallGroup g = expected.remove(key);
                if (g != null) {
                    index.remove(key, g);
                }
            } else {
                CallGroup g = groups[random.nextInt(groups.length)];
                expected.put(key, g);
                index.put(key, g);
            }
        }
        assertEquals(expected.size(), index.size());
        for (long k = 1; k < 5_000 * 1024L; k += 1024) {
            CallGroup g = expected.get(k);
            if (g == null) {
                assertNull(index.get(k));
            } else {
                assertSame(g, index.get(k));
            }
        }
    }
}
