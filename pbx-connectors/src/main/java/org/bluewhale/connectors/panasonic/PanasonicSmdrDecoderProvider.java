package org.bluewhale.connectors.panasonic;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code panasonic-smdr} format: {@link PanasonicSmdrDecoder} with month-first dates. */
public final class PanasonicSmdrDecoderProvider implements RecordDecoderProvider {

    @Override
    public String format() {
        return "panasonic-smdr";
    }

    @Override
    public String description() {
        return "Panasonic KX-TDA/TDE/NS SMDR print output, dates MM/dd/yy (use panasonic-smdr-dmy for dd/MM/yy)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new PanasonicSmdrDecoder(pbx.zone(), "MM/dd/yy");
    }
}
