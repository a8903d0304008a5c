package org.bluewhale.rsp.avaya;

/** What the adjunct (Bluewhale) answers; written by {@link AvayaRspFrameEncoder}. */
public enum AvayaRspReply {
    SESSION_ACCEPTED, KEEP_ALIVE_ANSWER;

    /** The acknowledgement of data packet {@code sequence}. */
    public record Ack(int sequence) {
    }
}
