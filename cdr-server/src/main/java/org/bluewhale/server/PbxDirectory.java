package org.bluewhale.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.store.cdr.PbxRegistry;

/**
 * The PBXs this server knows: those in the configuration and those the database remembers (a
 * PBX created by a replay). Every PBX is registered in the database before its records are read.
 */
public final class PbxDirectory {

    private final Map<String, PbxDescriptor> byId = new ConcurrentHashMap<>();
    /** Decoders from a PBX's own layout file, which take the place of its format's. */
    private final Map<String, Function<PbxDescriptor, RecordDecoder>> layouts = new ConcurrentHashMap<>();
    private final RecordDecoders decoders;
    private final CdrStore store;

    PbxDirectory(RecordDecoders decoders, CdrStore store, Iterable<PbxDescriptor> remembered) {
        this.decoders = decoders;
        this.store = store;
        remembered.forEach(pbx -> byId.put(pbx.id(), pbx));
    }

    /** Adds or updates a PBX; an unknown format is refused before anything is stored. */
    public void put(PbxDescriptor pbx) {
        decoders.create(pbx);
        store.registerPbx(pbx);
        byId.put(pbx.id(), pbx);
    }

    /** Adds or updates a PBX whose records are read with its own layout file ({@code pbx.<id>.layout}). */
    public void put(PbxDescriptor pbx, Function<PbxDescriptor, RecordDecoder> layout) {
        put(pbx);
        layouts.put(pbx.id(), layout);
    }

    public PbxDescriptor get(String id) {
        return byId.get(id);
    }

    /**
     * A decoder for the PBX, or null when the PBX is unknown or known only from quarantined
     * records (its records are quarantined).
     */
    RecordDecoder decoderFor(String id) {
        PbxDescriptor pbx = byId.get(id);
        if (pbx == null || pbx.format().equals(PbxRegistry.UNCONFIGURED)) {
            return null;
        }
        Function<PbxDescriptor, RecordDecoder> layout = layouts.get(id);
        return layout != null ? layout.apply(pbx) : decoders.create(pbx);
    }

    String siteOf(String id) {
        PbxDescriptor pbx = byId.get(id);
        return pbx == null ? null : pbx.site();
    }

    public Map<String, PbxDescriptor> all() {
        return Map.copyOf(byId);
    }
}
