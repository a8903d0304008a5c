package org.bluewhale.rsp.bluewhale;

import io.netty.handler.codec.CorruptedFrameException;

/** Bytes that are not Bluewhale RSP: the session is closed with PROTOCOL_ERROR and this text. */
public final class RspProtocolException extends CorruptedFrameException {

    public RspProtocolException(String message) {
        super(message);
    }
}
