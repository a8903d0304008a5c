package org.bluewhale.rsp.bluewhale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.Test;

class RspFrameCodecTest {

    private static byte[] filled(int value, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** Encodes with one channel and decodes the bytes, fed one at a time, with another. */
    private static <T extends RspFrame> T roundTrip(RspFrame frame, boolean compress) {
        EmbeddedChannel writer = new EmbeddedChannel(new RspFrameEncoder());
        writer.pipeline().get(RspFrameEncoder.class).compressBatches(compress);
        writer.writeOutbound(frame);
        ByteBuf wire = writer.readOutbound();
        EmbeddedChannel reader = new EmbeddedChannel(new RspFrameDecoder());
        while (wire.isReadable()) {
            reader.writeInbound(wire.readRetainedSlice(1));
        }
        wire.release();
        @SuppressWarnings("unchecked")
        T decoded = (T) reader.readInbound();
        assertNull(reader.readInbound(), "exactly one frame");
        return decoded;
    }

    private static byte[] encode(RspFrame frame) {
        EmbeddedChannel writer = new EmbeddedChannel(new RspFrameEncoder());
        writer.writeOutbound(frame);
        ByteBuf wire = writer.readOutbound();
        byte[] bytes = ByteBufUtil.getBytes(wire);
        wire.release();
        return bytes;
    }

    @Test
    void helloIsDrawnByteByByteAsDocumented() {
        byte[] wire = encode(new Hello(1, true, filled(7, 32), "ru-7"));
        ByteBuf expected = Unpooled.buffer().writeInt(1 + 4 + 1 + 1 + 32 + 1 + 4).writeByte(0x01)
                .writeBytes("BWRS".getBytes(StandardCharsets.US_ASCII)).writeByte(1).writeByte(1)
                .writeBytes(filled(7, 32)).writeByte(4).writeBytes("ru-7".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(ByteBufUtil.getBytes(expected), wire);
    }

    @Test
    void ackIsALengthTypeAndSequence() {
        assertEquals("000000091100000000000004d2", ByteBufUtil.hexDump(encode(new Ack(1234))));
    }

    @Test
    void everyFrameTypeSurvivesARoundTripCutIntoSingleBytes() {
        Hello hello = roundTrip(new Hello(1, false, filled(1, 32), "pbx-é"), false);
        assertEquals("pbx-é", hello.peerId());
        assertArrayEquals(filled(1, 32), hello.clientNonce());
        assertEquals(false, hello.wantsCompression());
        assertEquals(false, hello.resend());
        Hello resend = roundTrip(new Hello(1, true, true, filled(1, 32), "ru-7"), false);
        assertTrue(resend.resend() && resend.wantsCompression(), "HELLO flags bit 1: a re-send session");
        assertArrayEquals(filled(2, 32), RspFrameCodecTest.<Challenge>roundTrip(new Challenge(filled(2, 32)), false).serverNonce());
        assertArrayEquals(filled(3, 32), RspFrameCodecTest.<Auth>roundTrip(new Auth(filled(3, 32)), false).mac());
        Accept accept = roundTrip(new Accept(1L << 40, 5000, 10_000, true, true, filled(4, 32)), false);
        assertEquals(1L << 40, accept.nextSequence());
        assertEquals(5000, accept.window());
        assertEquals(10_000, accept.keepAliveMillis());
        assertTrue(accept.compression());
        assertTrue(accept.takesStatus());
        assertEquals(new Ack(99), roundTrip(new Ack(99), false));
        assertEquals(new Ping(-1), roundTrip(new Ping(-1), false));
        assertEquals(new Pong(42), roundTrip(new Pong(42), false));
        assertEquals(new Close(CloseReason.AUTH_FAILED, "wrong key"),
                roundTrip(new Close(CloseReason.AUTH_FAILED, "wrong key"), false));
        Data data = roundTrip(new Data(17, List.of("a".getBytes(), new byte[0], filled(0xFF, 3000))), false);
        assertEquals(17, data.firstSequence());
        assertEquals(19, data.lastSequence());
        assertArrayEquals(filled(0xFF, 3000), data.records().get(2));
        assertEquals(0, data.records().get(1).length);
    }

    @Test
    void statusIsDrawnByteByByteAsDocumentedAndComesBackWhole() {
        byte[] wire = encode(new Status(1_000_000, 999_000, "CONNECTED", "PBX closed: reset"));
        ByteBuf expected = Unpooled.buffer().writeInt(1 + 8 + 8 + 1 + 9 + 2 + 17).writeByte(0x40)
                .writeLong(1_000_000).writeLong(999_000).writeByte(9)
                .writeBytes("CONNECTED".getBytes(StandardCharsets.US_ASCII)).writeShort(17)
                .writeBytes("PBX closed: reset".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(ByteBufUtil.getBytes(expected), wire);

        Status status = roundTrip(new Status(1_000_000, 999_000, "CONNECTED", "PBX closed: reset"), false);
        assertEquals(new Status(1_000_000, 999_000, "CONNECTED", "PBX closed: reset"), status);
        assertEquals(1_000, status.backlog());
        Status healthy = roundTrip(new Status(5, 5, "LISTENING", null), false);
        assertNull(healthy.lastError(), "no error travels as length 0 and comes back as none");
        assertEquals(0, healthy.backlog());
    }

    @Test
    void acceptSaysInBitOneWhetherTheServerTakesStatus() {
        byte[] old = encode(new Accept(7, 10, 1000, true, false, new byte[32]));
        assertEquals(0x01, old[4 + 1 + 8 + 4 + 4], "a server from before STATUS: compression only");
        byte[] now = encode(new Accept(7, 10, 1000, false, true, new byte[32]));
        assertEquals(0x02, now[4 + 1 + 8 + 4 + 4]);
        Accept fromOldServer = roundTrip(new Accept(7, 10, 1000, true, false, new byte[32]), false);
        assertTrue(fromOldServer.compression());
        assertEquals(false, fromOldServer.takesStatus());
    }

    private static List<byte[]> cdrBatch(int count) {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(String.format("11/02 08:%02d 00:%02d:17 A 9%010d 2%03d 001 0 1%02d", i % 60, i % 24,
                    7_000_000L + i * 37L, i % 1000, i % 90).getBytes(StandardCharsets.US_ASCII));
        }
        return records;
    }

    @Test
    void compressedBatchesComeBackIdenticalAndShrinkCdrTextMoreThanThreeTimes() {
        List<byte[]> records = cdrBatch(1000);
        Data data = roundTrip(new Data(1, records), true);
        for (int i = 0; i < records.size(); i++) {
            assertArrayEquals(records.get(i), data.records().get(i));
        }
        EmbeddedChannel plain = new EmbeddedChannel(new RspFrameEncoder());
        plain.writeOutbound(new Data(1, records));
        EmbeddedChannel packed = new EmbeddedChannel(new RspFrameEncoder());
        packed.pipeline().get(RspFrameEncoder.class).compressBatches(true);
        packed.writeOutbound(new Data(1, records));
        int plainBytes = plain.<ByteBuf>readOutbound().readableBytes();
        int packedBytes = packed.<ByteBuf>readOutbound().readableBytes();
        assertTrue(plainBytes > 3 * packedBytes, plainBytes + " plain vs " + packedBytes + " compressed");
    }

    @Test
    void aBatchThatWouldNotShrinkIsSentPlain() {
        byte[] noise = new byte[4000];
        new java.util.Random(5).nextBytes(noise);
        byte[] wire = encode(new Data(1, List.of(noise)));
        EmbeddedChannel packed = new EmbeddedChannel(new RspFrameEncoder());
        packed.pipeline().get(RspFrameEncoder.class).compressBatches(true);
        packed.writeOutbound(new Data(1, List.of(noise)));
        ByteBuf compressedAttempt = packed.readOutbound();
        assertEquals(wire.length, compressedAttempt.readableBytes());
        assertEquals(RecordBatchCodec.PLAIN, compressedAttempt.getByte(4 + 1 + 8 + 4));
    }

    private static Throwable decodeError(ByteBuf wire) {
        EmbeddedChannel reader = new EmbeddedChannel(new RspFrameDecoder(1 << 20));
        DecoderException e = assertThrows(DecoderException.class, () -> reader.writeInbound(wire));
        return e instanceof RspProtocolException ? e : e.getCause();
    }

    private static ByteBuf frame(int type, ByteBuf body) {
        return Unpooled.buffer().writeInt(1 + body.readableBytes()).writeByte(type).writeBytes(body);
    }

    @Test
    void malformedFramesAreProtocolErrorsThatSayWhatIsWrong() {
        assertMessage("frame length 0 outside", Unpooled.buffer().writeInt(0));
        assertMessage("frame length 2097152 outside", Unpooled.buffer().writeInt(2 << 20));
        assertMessage("unknown frame type 0x7f", frame(0x7F, Unpooled.buffer()));
        assertMessage("too short", frame(0x11, Unpooled.buffer().writeInt(1)));
        assertMessage("unexpected bytes after Ack", frame(0x11, Unpooled.buffer().writeLong(1).writeByte(0)));
        assertMessage("no BWRS magic", frame(0x01, Unpooled.buffer().writeBytes("HTTP/1.1 200 OK".getBytes())));
        assertMessage("without a peer id", frame(0x01, Unpooled.buffer().writeBytes("BWRS".getBytes())
                .writeByte(1).writeByte(0).writeBytes(new byte[32]).writeByte(0)));
        assertMessage("STATUS with journaled -1", frame(0x40, Unpooled.buffer().writeLong(-1).writeLong(0).writeByte(1)
                .writeByte('X').writeShort(0)));
        assertMessage("too short", frame(0x40, Unpooled.buffer().writeLong(1).writeLong(0).writeByte(9).writeByte('X')));
        assertMessage("unknown close reason 99", frame(0x30, Unpooled.buffer().writeByte(99).writeShort(0)));
        assertMessage("is impossible", frame(0x10, Unpooled.buffer().writeLong(0).writeInt(1).writeByte(0)));
        assertMessage("unknown batch codec 9", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(1).writeByte(9)
                .writeInt(0)));
        assertMessage("claims 100 bytes", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(1).writeByte(0)
                .writeInt(100).writeBytes(new byte[10])));
        assertMessage("bytes after the last of 1 records", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(1)
                .writeByte(0).writeInt(1).writeBytes(new byte[3])));
        assertMessage("batch ends inside record 2", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(2)
                .writeByte(0).writeInt(0).writeByte(0)));
        assertMessage("exceeds the limit", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(1).writeByte(1)
                .writeInt(Integer.MAX_VALUE).writeBytes(new byte[8])));
        assertMessage("compressed batch is corrupt", frame(0x10, Unpooled.buffer().writeLong(1).writeInt(1)
                .writeByte(1).writeInt(100).writeBytes(new byte[8])));
    }

    private static void assertMessage(String expected, ByteBuf wire) {
        Throwable error = decodeError(wire);
        assertInstanceOf(RspProtocolException.class, error);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
