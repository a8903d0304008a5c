package org.bluewhale.connectors.avaya;

/** The {@code avaya-int-isdn} format: the expanded fields plus incoming trunk access code; date records {@code MMdd}. */
public final class AvayaIntIsdnDecoderProvider extends AvayaLayoutDecoderProvider {

    public AvayaIntIsdnDecoderProvider() {
        super("avaya-int-isdn", "Avaya CM international ISDN format (end time HHmm, duration H MM T, separate MMdd date records)");
    }
}
