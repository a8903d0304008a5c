package org.bluewhale.core.decode;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.bluewhale.core.PbxDescriptor;

/** The record formats found on the class path. */
public final class RecordDecoders {

    private final Map<String, RecordDecoderProvider> byFormat;

    private RecordDecoders(Map<String, RecordDecoderProvider> byFormat) {
        this.byFormat = byFormat;
    }

    public static RecordDecoders discover() {
        Map<String, RecordDecoderProvider> found = new TreeMap<>();
        for (RecordDecoderProvider provider : ServiceLoader.load(RecordDecoderProvider.class)) {
            RecordDecoderProvider clash = found.put(provider.format(), provider);
            if (clash != null) {
                throw new IllegalStateException("two decoders claim format '" + provider.format() + "': "
                        + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new RecordDecoders(found);
    }

    public Map<String, RecordDecoderProvider> all() {
        return Map.copyOf(byFormat);
    }

    public RecordDecoder create(PbxDescriptor pbx) {
        RecordDecoderProvider provider = byFormat.get(pbx.format());
        if (provider == null) {
            throw new IllegalArgumentException("PBX " + pbx.id() + ": unknown format '" + pbx.format()
                    + "'; known formats: " + byFormat.keySet());
        }
        return provider.create(pbx);
    }
}
