package org.bluewhale.connectors.avaya;

/** The {@code avaya-teleseer} format: fields without separating spaces; date records {@code MMdd}. */
public final class AvayaTeleseerDecoderProvider extends AvayaLayoutDecoderProvider {

    public AvayaTeleseerDecoderProvider() {
        super("avaya-teleseer", "Avaya CM TELESEER format (end time HHmm, duration H MM T, separate MMdd date records)");
    }
}
