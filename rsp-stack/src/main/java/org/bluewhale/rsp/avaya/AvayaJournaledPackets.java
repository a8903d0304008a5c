package org.bluewhale.rsp.avaya;

import java.util.Arrays;

/**
 * The last data packet journaled under each of CM's 256 counter values, kept by the listener
 * across connections. When a connection drops after we journaled packets but before CM saw their
 * acks, CM sends them again on its next session: a packet whose counter and text match the one
 * journaled under that counter is such a resend, acknowledged and not journaled twice. In memory:
 * a resend across a restart of Bluewhale itself is journaled again (see docs/rsp.md).
 */
final class AvayaJournaledPackets {

    private final byte[][] textByCounter = new byte[256][];

    synchronized boolean contains(int counter, byte[] text) {
        return Arrays.equals(textByCounter[counter & 0xff], text);
    }

    synchronized void add(int counter, byte[] text) {
        textByCounter[counter & 0xff] = text;
    }
}
