package org.bluewhale.core.rawdump;

import java.util.Map;
import java.util.TreeMap;

/**
 * The sequence numbers of one PBX already in its raw dump, as disjoint ranges: live traffic is one
 * growing range, each imported file at most one more, so this stays a handful of entries. It is
 * what keeps a replayed or re-imported record (same PBX, same sequence) from being dumped twice.
 */
final class SequenceRanges {

    private final TreeMap<Long, Long> ranges = new TreeMap<>(); // first -> last, inclusive

    /** Adds {@code sequence}; false when it was there already. */
    boolean add(long sequence) {
        Map.Entry<Long, Long> below = ranges.floorEntry(sequence);
        if (below != null && below.getValue() >= sequence) {
            return false;
        }
        boolean joinsBelow = below != null && below.getValue() == sequence - 1;
        Long aboveFirst = ranges.higherKey(sequence);
        boolean joinsAbove = aboveFirst != null && aboveFirst == sequence + 1;
        if (joinsBelow && joinsAbove) {
            ranges.put(below.getKey(), ranges.remove(aboveFirst));
        } else if (joinsBelow) {
            ranges.put(below.getKey(), sequence);
        } else if (joinsAbove) {
            ranges.put(sequence, ranges.remove(aboveFirst));
        } else {
            ranges.put(sequence, sequence);
        }
        return true;
    }

    /** As text for the checkpoint: {@code first-last,first-last}. */
    String format() {
        StringBuilder text = new StringBuilder();
        ranges.forEach((first, last) -> text.append(text.isEmpty() ? "" : ",").append(first).append('-').append(last));
        return text.toString();
    }

    static SequenceRanges parse(String text) {
        SequenceRanges parsed = new SequenceRanges();
        for (String range : text.split(",")) {
            if (!range.isBlank()) {
                int dash = range.indexOf('-');
                parsed.ranges.put(Long.parseLong(range.substring(0, dash)), Long.parseLong(range.substring(dash + 1)));
            }
        }
        return parsed;
    }
}
