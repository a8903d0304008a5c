package org.bluewhale.connectors.nortel;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code nortel-meridian} format: {@link MeridianCdrDecoder}. */
public final class MeridianCdrDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "nortel-meridian";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Nortel Meridian 1 / CS 1000 CDR teletype output (N, S, X, E, L, B records; MM/DD dates, local time)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new MeridianCdrDecoder(pbx.zone());
    }
}
