package org.bluewhale.connectors.avaya;

import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code avaya-unformatted} format: {@link AvayaUnformattedDecoder} with the built-in preset. */
public final class AvayaUnformattedDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "avaya-unformatted";

    private final FixedWidthLayout preset = FixedWidthLayout.preset(FORMAT);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Avaya Communication Manager CDR, customized layout with date and seconds (fixed width, CR LF)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new AvayaUnformattedDecoder(preset, pbx.zone());
    }
}
