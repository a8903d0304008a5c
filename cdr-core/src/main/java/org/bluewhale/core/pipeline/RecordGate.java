package org.bluewhale.core.pipeline;

import java.util.List;
import org.bluewhale.core.RawRecord;

/**
 * Decides, on the pipeline's journal follower, which records go on (a clustered node processes
 * only the PBXs it owns) and where the follower must read again from (a PBX just taken over
 * continues from where its previous owner stopped, which may lie behind the follower).
 */
public interface RecordGate {

    /** Called before each read: the position to read again from, or {@link Long#MAX_VALUE} for none. */
    long rewindPoint();

    /** The records to process, in order; possibly changed (a clustered node numbers a stream itself). */
    List<RawRecord> admit(List<RawRecord> records);
}
