package org.bluewhale.rsp.bluewhale;

import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.ACCEPT;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.ACK;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.AUTH;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.CHALLENGE;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.CLOSE;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.DATA;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.HELLO;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.PING;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.PONG;
import static org.bluewhale.rsp.bluewhale.RspFrameDecoder.STATUS;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import org.bluewhale.rsp.bluewhale.RspFrame.Accept;
import org.bluewhale.rsp.bluewhale.RspFrame.Ack;
import org.bluewhale.rsp.bluewhale.RspFrame.Auth;
import org.bluewhale.rsp.bluewhale.RspFrame.Challenge;
import org.bluewhale.rsp.bluewhale.RspFrame.Close;
import org.bluewhale.rsp.bluewhale.RspFrame.Data;
import org.bluewhale.rsp.bluewhale.RspFrame.Hello;
import org.bluewhale.rsp.bluewhale.RspFrame.Ping;
import org.bluewhale.rsp.bluewhale.RspFrame.Pong;
import org.bluewhale.rsp.bluewhale.RspFrame.Status;

/**
 * Writes {@link RspFrame}s in the layout drawn in {@link RspFrameDecoder}. DATA batches are
 * zstd-compressed once {@link #compressBatches} is switched on (after the server accepted it).
 */
public final class RspFrameEncoder extends MessageToByteEncoder<RspFrame> {

    private boolean compress;

    public RspFrameEncoder() {
        super(RspFrame.class);
    }

    /** Called on the channel's event loop when the session agreed on compression. */
    public void compressBatches(boolean on) {
        this.compress = on;
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, RspFrame frame, boolean preferDirect) {
        int hint = frame instanceof Data data ? 18 + RecordBatchCodec.plainSize(data.records()) : 64;
        return preferDirect ? ctx.alloc().ioBuffer(hint) : ctx.alloc().heapBuffer(hint);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RspFrame frame, ByteBuf out) {
        int start = out.writerIndex();
        out.writeInt(0); // length, patched below
        if (frame instanceof Data d) { // first: the hot path
            out.writeByte(DATA).writeLong(d.firstSequence()).writeInt(d.records().size());
            RecordBatchCodec.write(out, d.records(), compress);
        } else if (frame instanceof Ack a) {
            out.writeByte(ACK).writeLong(a.throughSequence());
        } else if (frame instanceof Hello h) {
            byte[] peer = h.peerId().getBytes(StandardCharsets.UTF_8);
            out.writeByte(HELLO).writeBytes(RspFrameDecoder.MAGIC).writeByte(h.version())
                    .writeByte((h.wantsCompression() ? 1 : 0) | (h.resend() ? 2 : 0)).writeBytes(h.clientNonce()).writeByte(peer.length)
                    .writeBytes(peer);
        } else if (frame instanceof Challenge c) {
            out.writeByte(CHALLENGE).writeBytes(c.serverNonce());
        } else if (frame instanceof Auth a) {
            out.writeByte(AUTH).writeBytes(a.mac());
        } else if (frame instanceof Accept a) {
            out.writeByte(ACCEPT).writeLong(a.nextSequence()).writeInt(a.window()).writeInt(a.keepAliveMillis())
                    .writeByte((a.compression() ? 1 : 0) | (a.takesStatus() ? 2 : 0)).writeBytes(a.serverProof());
        } else if (frame instanceof Ping p) {
            out.writeByte(PING).writeLong(p.token());
        } else if (frame instanceof Pong p) {
            out.writeByte(PONG).writeLong(p.token());
        } else if (frame instanceof Close c) {
            writeText16(out.writeByte(CLOSE).writeByte(c.reason().code), c.text());
        } else if (frame instanceof Status st) {
            byte[] connector = st.connector().getBytes(StandardCharsets.UTF_8);
            out.writeByte(STATUS).writeLong(st.journaled()).writeLong(st.acknowledged()).writeByte(connector.length)
                    .writeBytes(connector);
            writeText16(out, st.lastError() == null ? "" : st.lastError());
        }
        out.setInt(start, out.writerIndex() - start - Integer.BYTES);
    }

    /** A text as u16 length and UTF-8, cut at 65,535 bytes (a reason or an error message, never data). */
    private static void writeText16(ByteBuf out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, 0xFFFF);
        out.writeShort(length).writeBytes(bytes, 0, length);
    }
}
