package org.bluewhale.rsp.avaya;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.bluewhale.rsp.avaya.AvayaRspPacket.Data;
import org.bluewhale.rsp.avaya.AvayaRspPacket.KeepAlive;
import org.bluewhale.rsp.avaya.AvayaRspPacket.SessionStart;
import org.bluewhale.rsp.avaya.AvayaRspPacket.Unknown;

/**
 * Cuts Avaya "Reliable Protocol" packets from a Communication Manager connection. Built from the
 * publicly known facts (see docs/rsp.md, "verified and inferred"); never against a real CM.
 *
 * <pre>
 * session start (CM → adjunct, first on a connection, 17 bytes; first byte not 0x80 or 0x50):
 * +----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+
 * | s0 |                         16 bytes, not interpreted (logged)                    |
 * +----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+----+
 *
 * data (CM → adjunct):
 * +------+--------+------+---------+------+---------------------------------+--------+
 * | 0x80 | length | b2   | counter | b4   | CDR text (CR LF separated)      | [0x81] |
 * +------+--------+------+---------+------+---------------------------------+--------+
 *   0       1       2       3         4      5 .. length-1
 *   length = the whole packet in bytes (inferred from the 5-byte ack "40 05 01 seq 81");
 *   a trailing 0x81 is taken as an end marker (inferred from the adjunct's packets)
 *
 * keep-alive (CM → adjunct): 0x50, answered 0x51
 * </pre>
 *
 * Bytes that fit nothing are given up to the next 0x80 or 0x50 as one {@link Unknown} packet,
 * so a burst of noise cannot end the session and the stream resynchronises by itself.
 */
public final class AvayaRspFrameDecoder extends ByteToMessageDecoder {

    static final int DATA = 0x80;
    static final int KEEP_ALIVE = 0x50;
    static final int END_MARKER = 0x81;
    static final int SESSION_START_LENGTH = 17;
    static final int DATA_HEADER = 5;

    /** First byte of the session start seen on this connection; -1 until then. */
    private int sessionStartByte = -1;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int first = in.getUnsignedByte(in.readerIndex());
        if (first == KEEP_ALIVE) {
            in.skipBytes(1);
            out.add(new KeepAlive());
        } else if (first == DATA) {
            data(in, out);
        } else if (sessionStartByte < 0 || first == sessionStartByte) {
            if (in.readableBytes() >= SESSION_START_LENGTH) {
                sessionStartByte = first;
                out.add(new SessionStart(ByteBufUtil.getBytes(in.readSlice(SESSION_START_LENGTH))));
            }
        } else {
            out.add(unknown(in, 1, String.format("unknown packet type 0x%02x", first)));
        }
    }

    private void data(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 2) {
            return;
        }
        int length = in.getUnsignedByte(in.readerIndex() + 1);
        if (length < DATA_HEADER) {
            out.add(unknown(in, 2, "data packet with impossible length " + length));
            return;
        }
        if (in.readableBytes() < length) {
            return;
        }
        int sequence = in.getUnsignedByte(in.readerIndex() + 3);
        ByteBuf packet = in.readSlice(length);
        int textEnd = length;
        if (length > DATA_HEADER && packet.getUnsignedByte(length - 1) == END_MARKER) {
            textEnd--;
        }
        out.add(new Data(sequence, ByteBufUtil.getBytes(packet, DATA_HEADER, textEnd - DATA_HEADER)));
    }

    /** Takes at least {@code atLeast} bytes, then everything up to the next byte a packet can start with. */
    private static Unknown unknown(ByteBuf in, int atLeast, String why) {
        int end = in.readerIndex() + atLeast;
        while (end < in.writerIndex()) {
            int b = in.getUnsignedByte(end);
            if (b == DATA || b == KEEP_ALIVE) {
                break;
            }
            end++;
        }
        return new Unknown(ByteBufUtil.getBytes(in.readSlice(end - in.readerIndex())), why);
    }
}
