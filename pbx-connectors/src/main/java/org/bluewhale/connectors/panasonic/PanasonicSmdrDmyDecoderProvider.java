package org.bluewhale.connectors.panasonic;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code panasonic-smdr-dmy} format: {@link PanasonicSmdrDecoder} with day-first dates. */
public final class PanasonicSmdrDmyDecoderProvider implements RecordDecoderProvider {

    @Override
    public String format() {
        return "panasonic-smdr-dmy";
    }

    @Override
    public String description() {
        return "Panasonic KX-TDA/TDE/NS SMDR print output, dates dd/MM/yy";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new PanasonicSmdrDecoder(pbx.zone(), "dd/MM/yy");
    }
}
