package org.bluewhale.connectors.cisco;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code cucm} format: {@link CucmCdrDecoder}, one instance (and header state) per PBX. */
public final class CucmCdrDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "cucm";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Cisco Unified CM CDR flat files (CSV, with or without header rows; 129/133 columns built in)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new CucmCdrDecoder(pbx.zone());
    }
}
