package org.bluewhale.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who owns which PBX in a group, as the leader publishes it in ZooKeeper, with the highest epoch
 * ever handed out (so a PBX that leaves and comes back still gets a higher one). Stored as text:
 *
 * <pre>
 * bluewhale-ownership 1
 * epoch 17
 * avaya-paris node-a 12
 * cucm-tokyo node-b 17
 * </pre>
 *
 * @param lastEpoch the highest epoch given so far in this group
 * @param owners    PBX id to its owner, sorted by PBX id
 */
public record Assignment(long lastEpoch, SortedMap<String, Owner> owners) {

    private static final String HEADER = "bluewhale-ownership 1";

    /** The assignment before any leader published one. */
    public static final Assignment EMPTY = new Assignment(0, new TreeMap<>());

    public Assignment {
        owners = Collections.unmodifiableSortedMap(new TreeMap<>(owners));
    }

    /** How many PBXs each node owns (nodes owning none are absent). */
    public Map<String, Integer> loads() {
        Map<String, Integer> loads = new TreeMap<>();
        owners.values().forEach(owner -> loads.merge(owner.node(), 1, Integer::sum));
        return loads;
    }

    public byte[] encode() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("epoch ").append(lastEpoch).append('\n');
        owners.forEach((pbx, owner) -> text.append(pbx).append(' ').append(owner.node()).append(' ')
                .append(owner.epoch()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads what {@link #encode} wrote; empty or absent data is {@link #EMPTY}. */
    public static Assignment decode(byte[] data) {
        if (data == null || data.length == 0) {
            return EMPTY;
        }
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\n");
        if (!lines[0].equals(HEADER) || lines.length < 2 || !lines[1].startsWith("epoch ")) {
            throw new IllegalArgumentException("not a Bluewhale ownership record: " + lines[0]);
        }
        long lastEpoch = Long.parseLong(lines[1].substring("epoch ".length()));
        SortedMap<String, Owner> owners = new TreeMap<>();
        for (int i = 2; i < lines.length; i++) {
            String[] words = lines[i].split(" ");
            if (words.length != 3) {
                throw new IllegalArgumentException("bad ownership line " + (i + 1) + ": " + lines[i]);
            }
            owners.put(words[0], new Owner(words[1], Long.parseLong(words[2])));
        }
        return new Assignment(lastEpoch, owners);
    }
}
