package org.bluewhale.store.fence;

import java.util.Set;
import org.bluewhale.store.StoreException;

/**
 * A batch carried records of PBXs this node no longer owns (another node holds a newer epoch):
 * it was rolled back, and retrying it cannot succeed. The node must stop processing those PBXs.
 */
public final class StaleOwnershipException extends StoreException {

    private final Set<String> pbxIds;

    public StaleOwnershipException(Set<String> pbxIds) {
        super("this node no longer owns PBX(s) " + pbxIds + ": another node holds a newer ownership epoch");
        this.pbxIds = Set.copyOf(pbxIds);
    }

    /** The PBXs whose ownership this node has lost. */
    public Set<String> pbxIds() {
        return pbxIds;
    }
}
