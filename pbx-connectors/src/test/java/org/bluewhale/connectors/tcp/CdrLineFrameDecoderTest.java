package org.bluewhale.connectors.tcp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.junit.jupiter.api.Test;

class CdrLineFrameDecoderTest {

    private static final String NORTEL_1 = "N 001 00 DN1234 T000001 06/28 12:10:50 00:10:30.0 12134567890";
    private static final String NORTEL_2 = "N 002 00 DN2201 T000014 06/28 12:11:02 00:00:42.0 912125550199";

    private final EmbeddedChannel channel = new EmbeddedChannel(new CdrLineFrameDecoder(16));
    private final EmbeddedChannel wide = new EmbeddedChannel(new CdrLineFrameDecoder());

    @Test
    void cutsRecordsAtCrLfAndBareLf() {
        wide.writeInbound(bytes(NORTEL_1 + "\r\n" + NORTEL_2 + "\n"));

        assertEquals(List.of(NORTEL_1, NORTEL_2), texts(drain(wide)));
    }

    @Test
    void joinsARecordSplitAcrossReads() {
        wide.writeInbound(bytes(NORTEL_1.substring(0, 20)));
        assertNull(wide.readInbound(), "no frame before the terminator");
        wide.writeInbound(bytes(NORTEL_1.substring(20) + "\r"));
        assertNull(wide.readInbound(), "CR alone does not end a record");
        wide.writeInbound(bytes("\n" + NORTEL_2.substring(0, 5)), bytes(NORTEL_2.substring(5) + "\r\n"));

        assertEquals(List.of(NORTEL_1, NORTEL_2), texts(drain(wide)));
    }

    @Test
    void skipsEmptyLinesOfEitherKind() {
        wide.writeInbound(bytes("\r\n\n" + NORTEL_1 + "\r\n\r\n\n" + NORTEL_2 + "\n\n"));

        assertEquals(List.of(NORTEL_1, NORTEL_2), texts(drain(wide)));
    }

    @Test
    void keepsTheHeadOfAnOverlongRecordAndRecoversAtTheNextLine() {
        channel.writeInbound(bytes("0123456789ABCDEFGHIJ-tail-\r\nshort\r\n"));

        List<Frame> frames = drain(channel);
        assertEquals(2, frames.size());
        assertEquals("0123456789ABCDEF", text(frames.get(0)));
        assertTrue(frames.get(0).truncated());
        assertEquals("short", text(frames.get(1)));
        assertFalse(frames.get(1).truncated());
    }

    @Test
    void discardsTheTailOfAnOverlongRecordAsItArrivesWithoutBufferingIt() {
        channel.writeInbound(bytes("0123456789ABCDEFGHIJ"));
        Frame head = channel.readInbound();
        assertEquals("0123456789ABCDEF", text(head));
        assertTrue(head.truncated());

        for (int i = 0; i < 1000; i++) {
            channel.writeInbound(bytes("x".repeat(1024)));
        }
        assertNull(channel.readInbound(), "the tail is skipped, not emitted");
        channel.writeInbound(bytes("yyy\nnext\n"));

        assertEquals(List.of("next"), texts(drain(channel)));
    }

    @Test
    void aRecordOfExactlyTheLimitIsWholeWithOrWithoutCr() {
        channel.writeInbound(bytes("0123456789ABCDEF\r\n0123456789ABCDEF\n0123456789ABCDEFG\n"));

        List<Frame> frames = drain(channel);
        assertEquals(List.of("0123456789ABCDEF", "0123456789ABCDEF", "0123456789ABCDEF"), texts(frames));
        assertEquals(List.of(false, false, true), frames.stream().map(Frame::truncated).toList());
    }

    @Test
    void passesNulAndBinaryBytesThrough() {
        byte[] noise = {0, 1, (byte) 0xFF, '\r', 0x7F, (byte) 0x80, 0};
        byte[] input = new byte[noise.length + 1];
        System.arraycopy(noise, 0, input, 0, noise.length);
        input[noise.length] = '\n';
        wide.writeInbound(Unpooled.wrappedBuffer(input));

        Frame frame = wide.readInbound();
        assertArrayEquals(noise, frame.bytes());
        assertFalse(frame.truncated());
    }

    @Test
    void emitsTheUnterminatedRemainderWhenTheConnectionCloses() {
        wide.writeInbound(bytes(NORTEL_1 + "\r\n" + NORTEL_2));
        assertEquals(List.of(NORTEL_1), texts(drain(wide)));

        wide.finish();

        assertEquals(List.of(NORTEL_2), texts(drain(wide)));
    }

    @Test
    void truncatesAnOverlongRemainderOnClose() {
        channel.writeInbound(bytes("0123456789ABCDEF!"));
        channel.finish();

        List<Frame> frames = drain(channel);
        assertEquals(List.of("0123456789ABCDEF"), texts(frames));
        assertTrue(frames.get(0).truncated());
    }

    private static io.netty.buffer.ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, ISO_8859_1);
    }

    private static List<Frame> drain(EmbeddedChannel channel) {
        List<Frame> frames = new ArrayList<>();
        for (Frame frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            frames.add(frame);
        }
        return frames;
    }

    private static List<String> texts(List<Frame> frames) {
        return frames.stream().map(CdrLineFrameDecoderTest::text).toList();
    }

    private static String text(Frame frame) {
        return new String(frame.bytes(), ISO_8859_1);
    }
}
