package org.bluewhale.connectors.custom;

import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoderProvider;

/**
 * The {@code layout} format: the PBX's records are read with its own layout file
 * ({@code pbx.<id>.layout}, see {@link LayoutFiles}), which the server supplies. A PBX remembered
 * with this format but configured without a file has nothing to read its records with: they are
 * quarantined, saying so, until the file is configured and they are reprocessed.
 */
public final class CustomLayoutDecoderProvider implements RecordDecoderProvider {

    public static final String FORMAT = "layout";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "A site's own layout file, pbx.<id>.layout = FILE (.json admin layout or .properties Avaya layout)";
    }

    @Override
    public RecordDecoder create(PbxDescriptor pbx) {
        String reason = "PBX '" + pbx.id() + "' has format 'layout' but no layout file (set pbx." + pbx.id() + ".layout)";
        return record -> Decoded.rejected(reason);
    }
}
