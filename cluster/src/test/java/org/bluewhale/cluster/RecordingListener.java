package org.bluewhale.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What a node's listener was told: the PBXs it owns now, and when each was last gained or lost. */
final class RecordingListener implements OwnershipListener {

    final Map<String, Long> owned = new ConcurrentHashMap<>();
    final Map<String, Long> gainedNanos = new ConcurrentHashMap<>();
    final Map<String, Long> lostNanos = new ConcurrentHashMap<>();

    @Override
    public void gained(String pbxId, long epoch) {
        if (owned.putIfAbsent(pbxId, epoch) != null) {
            throw new AssertionError(pbxId + " gained twice without being lost");
        }
        gainedNanos.put(pbxId, System.nanoTime());
    }

    @Override
    public void lost(String pbxId) {
        if (owned.remove(pbxId) == null) {
            throw new AssertionError(pbxId + " lost without being owned");
        }
        lostNanos.put(pbxId, System.nanoTime());
    }
}
