package org.bluewhale.connectors.siemens;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code siemens-hipath} format: {@link SiemensHiPathDecoder}. */
public final class SiemensHiPathDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "siemens-hipath";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Siemens HiPath 3000/5000 call charge output (fixed 111-character records, end time, local time)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new SiemensHiPathDecoder(pbx.zone());
    }
}
