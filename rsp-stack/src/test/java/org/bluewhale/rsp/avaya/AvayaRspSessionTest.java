package org.bluewhale.rsp.avaya;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.rsp.RspCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Avaya adjunct mode, packet by packet, on an EmbeddedChannel over a real journal. */
class AvayaRspSessionTest {

    static final String START = "0110000000000000000000000000000001";
    private static final String CDR1 = "1102 0812 0034 9 8675309      2001  001 0";
    private static final String CDR2 = "1102 0813 0102 9 5551234      2002  001 0";

    @TempDir
    Path dir;
    private Journal journal;
    private final RspCounters counters = new RspCounters();
    private EmbeddedChannel channel;

    @BeforeEach
    void open() {
        journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
        channel = new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                AvayaRspInitializer.install(ch, "cm1", Duration.ofMinutes(3), journal, counters, new AvayaJournaledPackets());
            }
        });
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static ByteBuf hex(String hex) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
    }

    /** A data packet as CM is believed to send it: 80 len 01 counter 00 text 81. */
    static byte[] data(int counter, String text) {
        byte[] body = (text + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuf packet = Unpooled.buffer().writeByte(0x80).writeByte(5 + body.length + 1).writeByte(1)
                .writeByte(counter).writeByte(0).writeBytes(body).writeByte(0x81);
        return ByteBufUtil.getBytes(packet);
    }

    private String written() {
        ByteBuf all = Unpooled.buffer();
        Object out;
        while ((out = channel.readOutbound()) != null) {
            all.writeBytes((ByteBuf) out);
            ((ByteBuf) out).release();
        }
        return ByteBufUtil.hexDump(all);
    }

    private List<String> journaled() throws InterruptedException {
        return journal.readAll(1).stream().map(RawRecord::text).toList();
    }

    @Test
    void theSessionStartIsAnsweredWithThePublishedElevenBytes() {
        channel.writeInbound(hex(START));
        assertEquals("0206010007010002010681", written());
        assertEquals(1, counters.openSessions());
    }

    @Test
    void dataIsJournaledFirstThenAcknowledgedWithItsCounter() throws Exception {
        channel.writeInbound(hex(START));
        written();
        ByteBuf two = Unpooled.buffer().writeBytes(data(7, CDR1)).writeBytes(data(8, CDR2));
        channel.writeInbound(two);
        assertEquals("4005010781" + "4005010881", written());
        assertEquals(List.of(CDR1, CDR2), journaled());
        assertEquals(2, counters.records());
    }

    @Test
    void aPacketCutAcrossReadsIsAssembledBeforeItIsAcknowledged() throws Exception {
        channel.writeInbound(hex(START));
        written();
        byte[] packet = data(1, CDR1);
        channel.writeInbound(Unpooled.wrappedBuffer(packet, 0, 1));
        channel.writeInbound(Unpooled.wrappedBuffer(packet, 1, 10));
        assertEquals("", written(), "nothing acknowledged before the packet is complete");
        channel.writeInbound(Unpooled.wrappedBuffer(packet, 11, packet.length - 11));
        assertEquals("4005010181", written());
        assertEquals(List.of(CDR1), journaled());
    }

    @Test
    void keepAliveIsAnswered() {
        channel.writeInbound(hex(START));
        written();
        channel.writeInbound(hex("50"));
        assertEquals("51", written());
    }

    @Test
    void aPacketResentBecauseItsAckWasLostIsAcknowledgedAgainButJournaledOnce() throws Exception {
        channel.writeInbound(hex(START));
        written();
        channel.writeInbound(Unpooled.wrappedBuffer(data(255, CDR1)));
        channel.writeInbound(Unpooled.wrappedBuffer(data(255, CDR1)));
        channel.writeInbound(Unpooled.wrappedBuffer(data(0, CDR2))); // the counter wraps
        assertEquals("400501ff81" + "400501ff81" + "4005010081", written());
        assertEquals(List.of(CDR1, CDR2), journaled());
        assertEquals(1, counters.duplicates());
    }

    @Test
    void unknownBytesAreLoggedWithAHexDumpSkippedAndTheSessionGoesOn() throws Exception {
        channel.writeInbound(hex(START));
        written();
        ByteBuf noise = Unpooled.buffer().writeBytes(hex("13 37 ca fe")).writeBytes(data(2, CDR1));
        channel.writeInbound(noise);
        assertEquals("4005010281", written());
        assertTrue(channel.isOpen());
        assertTrue(counters.lastError().contains("unknown packet type 0x13") && counters.lastError().contains("1337cafe"),
                counters.lastError());
        assertEquals(List.of(CDR1), journaled());
    }

    @Test
    void aDataPacketWithAnImpossibleLengthIsSkippedAndTheStreamResynchronises() throws Exception {
        channel.writeInbound(hex(START));
        written();
        channel.writeInbound(Unpooled.buffer().writeBytes(hex("80 02 99")).writeBytes(data(3, CDR2)));
        assertEquals("4005010381", written());
        assertTrue(counters.lastError().contains("impossible length 2"), counters.lastError());
        assertEquals(List.of(CDR2), journaled());
    }

    @Test
    void dataBeforeAnySessionStartIsKeptAndAcknowledged() throws Exception {
        channel.writeInbound(Unpooled.wrappedBuffer(data(1, CDR1)));
        assertEquals("4005010181", written());
        assertEquals(List.of(CDR1), journaled());
    }

    @Test
    void aSecondSessionStartOnTheSameConnectionIsAnsweredAgain() {
        channel.writeInbound(hex(START));
        channel.writeInbound(Unpooled.wrappedBuffer(data(1, CDR1)));
        channel.writeInbound(hex(START));
        assertEquals("0206010007010002010681" + "4005010181" + "0206010007010002010681", written());
    }

    @Test
    void aSilentPbxIsDisconnectedAndTheReasonKept() {
        channel.writeInbound(hex(START));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertFalse(channel.isOpen());
        assertTrue(counters.lastError().contains("nothing received"), counters.lastError());
        assertEquals(0, counters.openSessions());
    }

    @Test
    void anEmptyDataPacketIsAcknowledgedWithoutARecord() throws Exception {
        channel.writeInbound(hex(START));
        written();
        channel.writeInbound(hex("80 06 01 05 00 81"));
        assertEquals("4005010581", written());
        assertEquals(List.of(), journaled());
        assertNull(channel.readInbound());
    }
}
