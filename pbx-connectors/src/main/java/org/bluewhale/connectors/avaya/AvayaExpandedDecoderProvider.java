package org.bluewhale.connectors.avaya;

/** The {@code avaya-expanded} format: 4-digit access codes and a 10-digit calling number; date records {@code MM dd}. */
public final class AvayaExpandedDecoderProvider extends AvayaLayoutDecoderProvider {

    public AvayaExpandedDecoderProvider() {
        super("avaya-expanded", "Avaya CM expanded format (end time HHmm, duration H MM T, separate MM dd date records)");
    }
}
