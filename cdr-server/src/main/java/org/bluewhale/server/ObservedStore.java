package org.bluewhale.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.StoreBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's store, telling listeners (the live flow of the web UI) about each batch's calls
 * once the batch is committed. A listener runs on the store thread, so it must only hand the calls
 * on; one that throws is logged and never fails the batch.
 */
final class ObservedStore implements CdrStore {

    private static final Logger log = LoggerFactory.getLogger(ObservedStore.class);

    private final CdrStore store;
    private final List<Consumer<List<RatedCall>>> listeners = new CopyOnWriteArrayList<>();

    ObservedStore(CdrStore store) {
        this.store = store;
    }

    void addListener(Consumer<List<RatedCall>> listener) {
        listeners.add(listener);
    }

    @Override
    public void registerPbx(PbxDescriptor pbx) {
        store.registerPbx(pbx);
    }

    @Override
    public void write(StoreBatch batch) {
        store.write(batch);
        if (batch.calls().isEmpty()) {
            return;
        }
        for (Consumer<List<RatedCall>> listener : listeners) {
            try {
                listener.accept(batch.calls());
            } catch (RuntimeException e) {
                log.warn("a listener of stored calls failed: {}", e.toString());
            }
        }
    }

    @Override
    public long committedPosition() {
        return store.committedPosition();
    }

    @Override
    public void close() {
        store.close();
    }
}
