package org.bluewhale.connectors.avaya;

import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/**
 * An Avaya CM output format read by {@link AvayaCdrDecoder} with the built-in layout
 * {@code layouts/<format>.properties}; each format is a subclass naming its preset, so that
 * {@link java.util.ServiceLoader} finds it.
 */
public abstract class AvayaLayoutDecoderProvider implements RecordDecoderProvider {

    private final String format;
    private final String description;
    private final FixedWidthLayout preset;

    protected AvayaLayoutDecoderProvider(String format, String description) {
        this.format = format;
        this.description = description;
        this.preset = FixedWidthLayout.preset(format);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new AvayaCdrDecoder(preset, pbx.zone());
    }
}
