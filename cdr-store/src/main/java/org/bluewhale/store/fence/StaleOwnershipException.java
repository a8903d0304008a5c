package org.bluewhale.store.fence;

import java.util.Set;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.store.StoreException;

/**
 * A batch carried records of PBXs this node no longer owns (another node holds a newer epoch):
 * it was rolled back, and retrying it as it is cannot succeed; without those PBXs' records it can.
 * The node must stop processing those PBXs.
 */
public final class StaleOwnershipException extends StoreException implements OwnershipLost {

    private final Set<String> pbxIds;

    public StaleOwnershipException(Set<String> pbxIds) {
        super("this node no longer owns PBX(s) " + pbxIds + ": another node holds a newer ownership epoch");
        this.pbxIds = Set.copyOf(pbxIds);
    }

    /** The PBXs whose ownership this node has lost. */
    @Override
    public Set<String> pbxIds() {
        return pbxIds;
    }
}
