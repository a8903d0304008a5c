package org.bluewhale.core.cluster;

import java.util.List;

/**
 * Where this node starts processing a PBX it has just taken over.
 *
 * @param cursor  the last journal position of the PBX already accounted for: processing starts after it
 * @param nextSeq the stream sequence of the next record (0: the PBX's records keep their own sequences)
 * @param window  the records up to {@code cursor} that matched the stored tail, oldest first
 * @param how     for the log: how the place was found
 */
public record StreamStart(long cursor, long nextSeq, List<StreamEntry> window, String how) {

    public StreamStart {
        window = List.copyOf(window);
    }
}
