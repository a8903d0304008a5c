package org.bluewhale.core.spi;

import java.util.Set;

/**
 * Implemented by the exception a {@link CdrStore} throws when a batch carried records of PBXs
 * this node no longer owns in a cluster (another node holds a newer ownership epoch). The batch
 * was rolled back; written again without those PBXs' records, it succeeds: their new owner
 * stores them.
 */
public interface OwnershipLost {

    /** The PBXs whose records this node must not write. */
    Set<String> pbxIds();
}
