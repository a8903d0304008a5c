package org.bluewhale.connectors.avaya;

/** The {@code avaya-printer} format: end time, H MM T duration, date records {@code MM dd}. */
public final class AvayaPrinterDecoderProvider extends AvayaLayoutDecoderProvider {

    public AvayaPrinterDecoderProvider() {
        super("avaya-printer", "Avaya CM printer format (end time HHmm, duration H MM T, separate MM dd date records)");
    }
}
