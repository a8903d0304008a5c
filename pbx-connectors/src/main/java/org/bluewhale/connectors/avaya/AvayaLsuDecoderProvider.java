package org.bluewhale.connectors.avaya;

/** The {@code avaya-lsu} format: no time of day at all, so the receive time is taken as the call end. */
public final class AvayaLsuDecoderProvider extends AvayaLayoutDecoderProvider {

    public AvayaLsuDecoderProvider() {
        super("avaya-lsu", "Avaya CM LSU format (no time of day: the receive time is the call end; duration H MM T)");
    }
}
