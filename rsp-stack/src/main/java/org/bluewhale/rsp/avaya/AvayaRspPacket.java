package org.bluewhale.rsp.avaya;

/** What an Avaya Communication Manager sends in "Reliable Protocol" mode, as far as it is known. */
public sealed interface AvayaRspPacket {

    /** The 17-byte packet CM sends first on a connection (content not interpreted; logged). */
    record SessionStart(byte[] raw) implements AvayaRspPacket {
    }

    /** CDR text with CM's one-byte packet counter; {@code text} may hold one or more CR LF records. */
    record Data(int sequence, byte[] text) implements AvayaRspPacket {
    }

    /** The keep-alive byte 0x50. */
    record KeepAlive() implements AvayaRspPacket {
    }

    /** Bytes that fit none of the above; logged with a hex dump and skipped, never fatal. */
    record Unknown(byte[] raw, String why) implements AvayaRspPacket {
    }
}
