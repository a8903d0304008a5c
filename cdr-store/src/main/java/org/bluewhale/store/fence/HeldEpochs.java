package org.bluewhale.store.fence;

import java.util.OptionalLong;

/** What this node believes it owns: the ownership epoch it holds for a PBX, empty when it owns none. */
@FunctionalInterface
public interface HeldEpochs {

    OptionalLong epochOf(String pbxId);
}
