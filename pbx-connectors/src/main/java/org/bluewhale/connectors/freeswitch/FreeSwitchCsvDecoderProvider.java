package org.bluewhale.connectors.freeswitch;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code freeswitch-csv} format: {@link FreeSwitchCsvDecoder}. */
public final class FreeSwitchCsvDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "freeswitch-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "FreeSWITCH mod_cdr_csv, the shipped example template (15 columns, local time)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new FreeSwitchCsvDecoder(pbx.zone());
    }
}
