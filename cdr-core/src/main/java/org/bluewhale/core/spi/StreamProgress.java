package org.bluewhale.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the owner of a PBX stopped storing its stream, kept in {@code pbx_owner} with each batch
 * (docs/cluster.md, "Record identity across nodes"): a node that takes the PBX over finds the same
 * place in its own copy of the stream by {@link #tail} and numbers on from {@link #lastSeq}.
 *
 * @param lastSeq          the stream sequence of the last stored record of the PBX (0: none yet)
 * @param nodePosition     the owner's journal position up to which the PBX is accounted for
 * @param tail             digests of the last stored records, oldest first (at most {@link #WINDOW})
 * @param tailReceivedMillis when the owner received the last of them (epoch millis, 0: none)
 */
public record StreamProgress(long lastSeq, long nodePosition, List<Long> tail, long tailReceivedMillis) {

    /** How many digests the tail holds: enough that repeated identical lines cannot mislead. */
    public static final int WINDOW = 32;

    /** Nothing of the PBX stored yet. */
    public static final StreamProgress NONE = new StreamProgress(0, 0, List.of(), 0);

    public StreamProgress {
        tail = List.copyOf(tail);
    }

    /** The tail as stored: 16 hex digits per digest, comma separated. */
    public String tailText() {
        StringBuilder text = new StringBuilder(tail.size() * 17);
        for (long digest : tail) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(String.format("%016x", digest));
        }
        return text.toString();
    }

    /** The digests of a stored tail text. */
    public static List<Long> parseTail(String text) {
        List<Long> digests = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return digests;
        }
        for (String hex : text.split(",")) {
            digests.add(Long.parseUnsignedLong(hex.trim(), 16));
        }
        return digests;
    }
}
