package org.bluewhale.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bluewhale.cluster.OwnershipListener;

/**
 * Passes the cluster's news of gained and lost PBXs on to every part of the server that acts on
 * it (the pipeline's streams, the connectors we initiate). A listener added late first hears of
 * the PBXs this node already owns, so it cannot miss a gain that came before it.
 */
final class OwnershipFanOut implements OwnershipListener {

    private final List<OwnershipListener> listeners = new ArrayList<>();
    private final Map<String, Long> held = new TreeMap<>();

    synchronized void add(OwnershipListener listener) {
        held.forEach(listener::gained);
        listeners.add(listener);
    }

    @Override
    public synchronized void gained(String pbxId, long epoch) {
        for (OwnershipListener listener : listeners) {
            listener.gained(pbxId, epoch);
        }
        held.put(pbxId, epoch);
    }

    @Override
    public synchronized void lost(String pbxId) {
        held.remove(pbxId);
        for (OwnershipListener listener : listeners) {
            listener.lost(pbxId);
        }
    }
}
