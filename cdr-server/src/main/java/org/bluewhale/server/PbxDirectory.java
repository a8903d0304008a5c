package org.bluewhale.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.core.spi.CdrStore;

/**
 * The PBXs this server knows: those in the configuration and those the database remembers (a
 * PBX created by a replay). Every PBX is registered in the database before its records are read.
 */
public final class PbxDirectory {

    private final Map<String, PbxDescriptor> byId = new ConcurrentHashMap<>();
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

    public PbxDescriptor get(String id) {
        return byId.get(id);
    }

    /** A decoder for the PBX, or null when the PBX is unknown (its records are quarantined). */
    RecordDecoder decoderFor(String id) {
        PbxDescriptor pbx = byId.get(id);
        return pbx == null ? null : decoders.create(pbx);
    }

    String siteOf(String id) {
        PbxDescriptor pbx = byId.get(id);
        return pbx == null ? null : pbx.site();
    }

    public Map<String, PbxDescriptor> all() {
        return Map.copyOf(byId);
    }
}
