package org.bluewhale.connectors.sim;

import java.util.List;
import org.bluewhale.connectors.avaya.AvayaUnformattedDecoderProvider;
import org.bluewhale.connectors.cisco.CucmCdrDecoderProvider;

/** Writes a {@link SimulatedCall} as one record of a PBX format, without a line terminator. */
public interface RecordFormatter {

    /** The record's bytes (ASCII), without CR LF. */
    byte[] format(SimulatedCall call);

    /** Lines a file or stream of this format starts with (CUCM's two header rows); none by default. */
    default List<byte[]> headerLines() {
        return List.of();
    }

    /** The formatter for a decoder format name: {@code avaya-unformatted} or {@code cucm}. */
    static RecordFormatter forFormat(String format, SimSite site) {
        return switch (format) {
            case AvayaUnformattedDecoderProvider.FORMAT -> new AvayaUnformattedFormatter(site);
            case CucmCdrDecoderProvider.FORMAT -> new CucmFormatter(site);
            default -> throw new IllegalArgumentException("no simulator for format '" + format + "'; known: "
                    + AvayaUnformattedDecoderProvider.FORMAT + ", " + CucmCdrDecoderProvider.FORMAT);
        };
    }
}
