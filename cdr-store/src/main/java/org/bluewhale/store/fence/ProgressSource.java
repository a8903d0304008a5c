package org.bluewhale.store.fence;

import java.util.Optional;
import org.bluewhale.core.spi.StreamProgress;

/** Where a PBX's stream stands once a batch up to a journal position is stored; empty: nothing to record. */
@FunctionalInterface
public interface ProgressSource {

    /** No stream numbered on this node. */
    ProgressSource NONE = (pbxId, position) -> Optional.empty();

    Optional<StreamProgress> progressAt(String pbxId, long position);
}
