package org.bluewhale.connectors.avaya;

/** The {@code avaya-unformatted} format: a customized layout seen in production, with date and seconds. */
public final class AvayaUnformattedDecoderProvider extends AvayaLayoutDecoderProvider {

    public static final String FORMAT = "avaya-unformatted";

    public AvayaUnformattedDecoderProvider() {
        super(FORMAT, "Avaya Communication Manager CDR, customized layout with date and seconds (fixed width, CR LF)");
    }
}
