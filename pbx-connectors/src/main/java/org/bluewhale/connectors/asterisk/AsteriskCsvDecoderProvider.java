package org.bluewhale.connectors.asterisk;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/** The {@code asterisk-csv} format: {@link AsteriskCsvDecoder}. */
public final class AsteriskCsvDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "asterisk-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Asterisk cdr_csv Master.csv (16, 17, 18 or 21 columns, local time; set the PBX zone to UTC for usegmtime)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        return new AsteriskCsvDecoder(pbx.zone());
    }
}
