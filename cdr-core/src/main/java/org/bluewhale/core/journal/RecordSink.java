package org.bluewhale.core.journal;

import java.util.List;

/**
 * Where connectors put what they receive: the raw journal. {@link #append} returns once the
 * frames are written to the journal file (visible to the OS, so a process crash cannot lose
 * them); only then may a connector acknowledge them to its sender.
 *
 * <p>Connectors never drop data. When {@link #accepting()} is false the journal's disk budget is
 * exhausted: a connector stops reading (TCP: autoRead off) and resumes from the callback given
 * to {@link #whenAccepting}.
 */
public interface RecordSink {

    /** Journals frames of one PBX in order, assigning each the PBX's next sequence number. */
    void append(String pbxId, List<Frame> frames);

    /** False while the disk budget is exhausted. */
    boolean accepting();

    /** Runs {@code resume} once (on an internal thread) as soon as the budget allows appends again. */
    void whenAccepting(Runnable resume);
}
