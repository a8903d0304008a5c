package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trie's longest-prefix match, with and without its root index, against the definition:
 * of the rules the number starts with, the longest wins.
 */
class DestinationTableTest {

    @Test
    void smallTableWithoutRootIndexMatchesTheDefinition() {
        compareWithDefinition(20, 3);
    }

    @Test
    void largeTableWithRootIndexMatchesTheDefinition() {
        compareWithDefinition(20_000, 7);
    }

    @Test
    void prefixesShorterLongerAndAtTheIndexedDepthAreFound() {
        DestinationTable.Builder builder = new DestinationTable.Builder();
        for (int i = 0; i < 5_000; i++) { // enough rules for the root index
            builder.put("9" + (10_000 + i), "filler");
        }
        DestinationTable table = builder.put("4", "four").put("491", "germany-1").put("4912", "germany-12")
                .put("49123", "germany-123").build();
        assertEquals("germany-12", zoneAt(table, "+49129999", 1));
        assertEquals("germany-123", zoneAt(table, "+49123999", 1));
        assertEquals("germany-1", zoneAt(table, "+4919", 1));
        assertEquals("four", zoneAt(table, "+4000", 1));
        assertEquals("four", zoneAt(table, "+4", 1));
        assertEquals(null, zoneAt(table, "+5000", 1));
        assertEquals("germany-12", zoneAt(table, "+4912x7", 1)); // a non-digit ends the walk
    }

    private static String zoneAt(DestinationTable table, String number, int from) {
        long match = table.lookup(number, from);
        return match < 0 ? null : table.zones().get((int) match);
    }

    /** Random rules over few leading digits so that they nest, and numbers of every length. */
    private static void compareWithDefinition(int rules, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> byPrefix = new HashMap<>();
        DestinationTable.Builder builder = new DestinationTable.Builder();
        while (byPrefix.size() < rules) {
            String prefix = digits(random, 1 + random.nextInt(8), 4);
            String zone = "z" + random.nextInt(50);
            if (byPrefix.putIfAbsent(prefix, zone) == null) {
                builder.put(prefix, zone);
            }
        }
        DestinationTable table = builder.build();
        assertEquals(rules, table.size());
        for (int n = 0; n < 200_000; n++) {
            String number = "+" + digits(random, random.nextInt(13), 4) + (random.nextInt(8) == 0 ? "#1" : "");
            long match = table.lookup(number, 1);
            String expected = null;
            int expectedLength = 0;
            for (int end = 2; end <= number.length() && Character.isDigit(number.charAt(end - 1)); end++) {
                String zone = byPrefix.get(number.substring(1, end));
                if (zone != null) {
                    expected = zone;
                    expectedLength = end - 1;
                }
            }
            assertEquals(expected, match < 0 ? null : table.zones().get((int) match), number);
            assertEquals(expectedLength, match < 0 ? 0 : (int) (match >>> 32), number);
        }
    }

    /** Digits whose first {@code narrow} are 0-2, so random rules share their leading digits. */
    private static String digits(SplittableRandom random, int length, int narrow) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(i < narrow ? 3 : 10)));
        }
        return sb.toString();
    }
}
