package org.bluewhale.connectors.custom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.bluewhale.connectors.avaya.AvayaCdrDecoder;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * A site's own layout file for one PBX ({@code pbx.<id>.layout}): a {@code .json} admin-defined
 * layout ({@link CustomLayout}) or a {@code .properties} Avaya CM customized layout
 * ({@link FixedWidthLayout}, read with Avaya's date records, durations and condition codes). The
 * file is read and checked once, when the server starts; decoders are made from it per PBX.
 */
public final class LayoutFiles {

    private LayoutFiles() {
    }

    /** Decoders for the layout in {@code file}; a {@link LayoutException} says what to fix in it. */
    public static Function<PbxDescriptor, RecordDecoder> decoders(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            CustomLayout layout = CustomLayouts.read(file);
            return pbx -> new CustomLayoutDecoder(layout, pbx.zone());
        }
        if (name.endsWith(".properties")) {
            FixedWidthLayout layout = FixedWidthLayout.load(file);
            return pbx -> new AvayaCdrDecoder(layout, pbx.zone());
        }
        throw new LayoutException(file + ": a layout file ends in .json (admin-defined layout) or .properties "
                + "(Avaya CM customized layout)");
    }
}
