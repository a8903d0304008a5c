package org.bluewhale.core.journal;

import java.util.List;

/**
 * A {@link RecordSink} for senders that number their records themselves (Bluewhale RSP, remote
 * units): the sender's sequence is the PBX's journal sequence, so a record sent again after a
 * reconnect is recognised by its number and journaled only once.
 */
public interface SequencedSink extends RecordSink {

    /** The sequence the PBX's next new record will get: every lower one is already journaled. */
    long nextSequence(String pbxId);

    /**
     * Journals those of {@code frames} (numbered {@code firstSequence}, {@code firstSequence + 1},
     * ...) that are not journaled yet, i.e. numbered at or after {@link #nextSequence}; the check
     * and the append are one atomic step, so two sessions of the same sender cannot both append
     * a record. A gap before {@code firstSequence} is allowed (the sender no longer had those).
     *
     * @return the PBX's next sequence afterwards
     */
    long appendNew(String pbxId, List<Frame> frames, long firstSequence);

    /**
     * Journals records a sender re-sends on an administrator's request, which the PBX's store may
     * hold already or may have lost (restored from an old backup): those numbered below
     * {@link #nextSequence} are appended again with their own sequences, and the store keeps one
     * row per (PBX, sequence), adding only the calls it lacks; the rest are journaled as by
     * {@link #appendNew}, in the same atomic step, so a live session cannot lose them.
     *
     * @return the PBX's next sequence afterwards
     */
    long appendAgain(String pbxId, List<Frame> frames, long firstSequence);
}
