package org.bluewhale.rsp.bluewhale;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bluewhale.rsp.bluewhale.RspFrame.Accept;
import org.bluewhale.rsp.bluewhale.RspFrame.Ack;
import org.bluewhale.rsp.bluewhale.RspFrame.Auth;
import org.bluewhale.rsp.bluewhale.RspFrame.Challenge;
import org.bluewhale.rsp.bluewhale.RspFrame.Close;
import org.bluewhale.rsp.bluewhale.RspFrame.CloseReason;
import org.bluewhale.rsp.bluewhale.RspFrame.Data;
import org.bluewhale.rsp.bluewhale.RspFrame.Hello;
import org.bluewhale.rsp.bluewhale.RspFrame.Ping;
import org.bluewhale.rsp.bluewhale.RspFrame.Pong;
import org.bluewhale.rsp.bluewhale.RspFrame.Status;

/**
 * Cuts Bluewhale RSP frames from the byte stream and parses them into {@link RspFrame}s.
 * Every frame is length-prefixed; the length counts the type byte and the body:
 *
 * <pre>
 * +------------+--------+----------------------+
 * | length u32 | type u8| body (length - 1)    |
 * +------------+--------+----------------------+
 *
 * 0x01 HELLO      "BWRS" | version u8 | flags u8 (bit 0: compression, bit 1: resend) | client nonce 32 | peer len u8 | peer UTF-8
 * 0x02 CHALLENGE  server nonce 32
 * 0x03 AUTH       HMAC-SHA256 32
 * 0x04 ACCEPT     next sequence u64 | window u32 | keep-alive ms u32 | flags u8 (bit 0: compression,
 *                 bit 1: takes STATUS) | server proof 32
 * 0x10 DATA       first sequence u64 | count u32 | codec u8 | payload (see RecordBatchCodec)
 * 0x11 ACK        through sequence u64
 * 0x20 PING       token u64
 * 0x21 PONG       token u64
 * 0x30 CLOSE      reason u8 | text len u16 | text UTF-8
 * 0x40 STATUS     journaled u64 | acknowledged u64 | connector len u8 | connector state UTF-8
 *                 | error len u16 | last error UTF-8 (length 0: none)
 * </pre>
 *
 * STATUS, sender to server, is sent only in a session whose ACCEPT set bit 1: a server from
 * before it would take the unknown type for a protocol error, and a sender from before it
 * simply never sends one (the server then knows nothing of the sender's own state).
 *
 * Integers are big-endian. A frame longer than the limit, an unknown type, or a body that does
 * not match its type raises {@link RspProtocolException}; the session handler answers it with
 * CLOSE (PROTOCOL_ERROR) and drops the connection, and nothing of that frame is journaled.
 */
public final class RspFrameDecoder extends ByteToMessageDecoder {

    static final byte[] MAGIC = {'B', 'W', 'R', 'S'};
    static final int HELLO = 0x01;
    static final int CHALLENGE = 0x02;
    static final int AUTH = 0x03;
    static final int ACCEPT = 0x04;
    static final int DATA = 0x10;
    static final int ACK = 0x11;
    static final int PING = 0x20;
    static final int PONG = 0x21;
    static final int CLOSE = 0x30;
    static final int STATUS = 0x40;
    /** A batch of 10,000 records of 8 KiB fits; anything longer is not a sender we know. */
    public static final int DEFAULT_MAX_FRAME = 96 << 20;

    private final int maxFrameLength;

    public RspFrameDecoder() {
        this(DEFAULT_MAX_FRAME);
    }

    public RspFrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < Integer.BYTES) {
            return;
        }
        long length = in.getUnsignedInt(in.readerIndex());
        if (length < 1 || length > maxFrameLength) {
            in.skipBytes(in.readableBytes()); // the stream cannot be resynchronised: the session ends
            throw new RspProtocolException("frame length " + length + " outside 1.." + maxFrameLength);
        }
        if (in.readableBytes() < Integer.BYTES + length) {
            return;
        }
        in.skipBytes(Integer.BYTES);
        ByteBuf frame = in.readSlice((int) length);
        out.add(parse(frame));
    }

    private RspFrame parse(ByteBuf frame) {
        int type = frame.readUnsignedByte();
        try {
            RspFrame parsed = switch (type) {
                case HELLO -> hello(frame);
                case CHALLENGE -> new Challenge(bytes(frame, RspFrame.NONCE_BYTES));
                case AUTH -> new Auth(bytes(frame, RspFrame.MAC_BYTES));
                case ACCEPT -> accept(frame);
                case DATA -> data(frame);
                case ACK -> new Ack(frame.readLong());
                case PING -> new Ping(frame.readLong());
                case PONG -> new Pong(frame.readLong());
                case CLOSE -> new Close(CloseReason.of(frame.readUnsignedByte()), text(frame, frame.readUnsignedShort()));
                case STATUS -> status(frame);
                default -> throw new RspProtocolException(String.format("unknown frame type 0x%02x", type));
            };
            if (frame.isReadable()) {
                throw new RspProtocolException(frame.readableBytes() + " unexpected bytes after " + parsed);
            }
            return parsed;
        } catch (IndexOutOfBoundsException e) {
            throw new RspProtocolException(String.format("frame type 0x%02x is too short", type));
        }
    }

    private static Hello hello(ByteBuf frame) {
        byte[] magic = bytes(frame, MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new RspProtocolException("not a Bluewhale RSP sender (no BWRS magic)");
        }
        int version = frame.readUnsignedByte();
        int flags = frame.readUnsignedByte();
        byte[] nonce = bytes(frame, RspFrame.NONCE_BYTES);
        String peer = text(frame, frame.readUnsignedByte());
        if (peer.isEmpty()) {
            throw new RspProtocolException("HELLO without a peer id");
        }
        return new Hello(version, (flags & 1) != 0, (flags & 2) != 0, nonce, peer);
    }

    private static Accept accept(ByteBuf frame) {
        long next = frame.readLong();
        int window = frame.readInt();
        int keepAlive = frame.readInt();
        int flags = frame.readUnsignedByte();
        return new Accept(next, window, keepAlive, (flags & 1) != 0, (flags & 2) != 0, bytes(frame, RspFrame.MAC_BYTES));
    }

    private static Status status(ByteBuf frame) {
        long journaled = frame.readLong();
        long acknowledged = frame.readLong();
        String connector = text(frame, frame.readUnsignedByte());
        String error = text(frame, frame.readUnsignedShort());
        if (journaled < 0 || acknowledged < 0 || connector.isEmpty()) {
            throw new RspProtocolException("STATUS with journaled " + journaled + ", acknowledged " + acknowledged
                    + " and connector '" + connector + "' is impossible");
        }
        return new Status(journaled, acknowledged, connector, error);
    }

    private Data data(ByteBuf frame) {
        long first = frame.readLong();
        long count = frame.readUnsignedInt();
        if (first < 1 || count < 1 || count > frame.readableBytes()) {
            throw new RspProtocolException("DATA with first sequence " + first + " and " + count + " records is impossible");
        }
        return new Data(first, RecordBatchCodec.read(frame, (int) count, maxFrameLength));
    }

    private static byte[] bytes(ByteBuf frame, int length) {
        byte[] bytes = new byte[length];
        frame.readBytes(bytes);
        return bytes;
    }

    private static String text(ByteBuf frame, int length) {
        return frame.readCharSequence(length, StandardCharsets.UTF_8).toString();
    }
}
