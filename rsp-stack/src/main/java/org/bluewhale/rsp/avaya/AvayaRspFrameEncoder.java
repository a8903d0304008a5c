package org.bluewhale.rsp.avaya;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes the adjunct's packets:
 *
 * <pre>
 * session accepted:  02 06 01 00 07 01 00 02 01 06 81   (11 bytes, sent as published)
 * acknowledgement:   40 05 01 counter 81                  (5 bytes; counter = the data packet's)
 * keep-alive answer: 51
 * </pre>
 */
public final class AvayaRspFrameEncoder extends MessageToByteEncoder<Object> {

    static final byte[] SESSION_ACCEPTED = {0x02, 0x06, 0x01, 0x00, 0x07, 0x01, 0x00, 0x02, 0x01, 0x06, (byte) 0x81};
    static final int KEEP_ALIVE_ANSWER = 0x51;

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof AvayaRspReply || msg instanceof AvayaRspReply.Ack;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof AvayaRspReply.Ack ack) {
            out.writeByte(0x40).writeByte(0x05).writeByte(0x01).writeByte(ack.sequence()).writeByte(0x81);
        } else if (msg == AvayaRspReply.SESSION_ACCEPTED) {
            out.writeBytes(SESSION_ACCEPTED);
        } else {
            out.writeByte(KEEP_ALIVE_ANSWER);
        }
    }
}
