package org.bluewhale.rsp.bluewhale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.rsp.RspCounters;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server session, frame by frame, against a real journal; no sockets. */
class RspServerHandlerTest {

    static final RspAuth KEY = new RspAuth("a pre-shared key of some length".getBytes(StandardCharsets.UTF_8));
    private static final byte[] CLIENT_NONCE = new byte[32];

    @TempDir
    Path dir;
    private Journal journal;
    private final RspCounters counters = new RspCounters();

    @BeforeEach
    void openJournal() {
        journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private EmbeddedChannel session(RspServerConfig config) {
        return new EmbeddedChannel(new RspServerHandler(config, journal, counters));
    }

    private EmbeddedChannel session() {
        return session(RspServerConfig.withKey("ru1", KEY));
    }

    /** HELLO, CHALLENGE, AUTH, ACCEPT: returns the ACCEPT. */
    private Accept open(EmbeddedChannel channel) {
        return open(channel, false);
    }

    private Accept open(EmbeddedChannel channel, boolean resend) {
        channel.writeInbound(new Hello(1, true, resend, CLIENT_NONCE, "ru1"));
        Challenge challenge = channel.readOutbound();
        channel.writeInbound(new Auth(KEY.clientProof(CLIENT_NONCE, challenge.serverNonce(), "ru1")));
        Accept accept = channel.readOutbound();
        assertArrayEquals(KEY.serverProof(CLIENT_NONCE, challenge.serverNonce(), "ru1"), accept.serverProof());
        return accept;
    }

    private static List<byte[]> records(String prefix, int count) {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add((prefix + i).getBytes(StandardCharsets.US_ASCII));
        }
        return records;
    }

    private List<String> journaled() throws InterruptedException {
        return journal.readAll(1).stream().map(r -> r.sequence() + ":" + r.text()).toList();
    }

    private static Close closeFrame(EmbeddedChannel channel) {
        Object frame;
        while ((frame = channel.readOutbound()) != null) {
            if (frame instanceof Close close) {
                return close;
            }
        }
        throw new AssertionError("no CLOSE written");
    }

    @Test
    void aSessionOpensWithTheJournalsNextSequenceAndAcksOnlyWhatIsJournaled() throws Exception {
        journal.append("ru1", List.of(org.bluewhale.core.journal.Frame.of("old".getBytes())));
        EmbeddedChannel channel = session();
        Accept accept = open(channel);
        assertEquals(2, accept.nextSequence());
        assertTrue(accept.compression());
        assertEquals(RspServerConfig.DEFAULT_WINDOW, accept.window());
        assertEquals(1, counters.openSessions());

        channel.writeInbound(new Data(2, records("a", 3)), new Data(5, records("b", 2)));
        assertEquals(new Ack(6), channel.readOutbound(), "one ACK for the read burst, after the append");
        assertEquals(List.of("1:old", "2:a0", "3:a1", "4:a2", "5:b0", "6:b1"), journaled());
        assertEquals(5, counters.records());
    }

    @Test
    void resentRecordsAreAcknowledgedAgainButJournaledOnce() throws Exception {
        EmbeddedChannel channel = session();
        open(channel);
        channel.writeInbound(new Data(1, records("a", 4)));
        assertEquals(new Ack(4), channel.readOutbound());
        channel.writeInbound(new Data(3, records("x", 4))); // 3, 4 again (a lost ACK), then 5, 6 new
        assertEquals(new Ack(6), channel.readOutbound());
        channel.writeInbound(new Data(1, records("y", 2))); // all old
        assertEquals(new Ack(6), channel.readOutbound());
        assertEquals(List.of("1:a0", "2:a1", "3:a2", "4:a3", "5:x2", "6:x3"), journaled());
        assertEquals(4, counters.duplicates());
    }

    @Test
    void pingIsAnsweredWithThePongOfTheSameToken() {
        EmbeddedChannel channel = session();
        channel.writeInbound(new Ping(77)); // even before the session opens: a sender may probe
        channel.flush();
        assertEquals(new Pong(77), channel.readOutbound());
        open(channel);
        channel.writeInbound(new Ping(78), new Pong(5));
        assertEquals(new Pong(78), channel.readOutbound());
        assertNull(channel.readOutbound(), "a PONG needs no answer");
    }

    @Test
    void closeFromTheSenderJournalsTheBurstAnswersAndEndsTheSession() throws Exception {
        EmbeddedChannel channel = session();
        open(channel);
        channel.writeInbound(new Data(1, records("a", 2)), new Close(CloseReason.NORMAL, "done"));
        assertEquals(new Close(CloseReason.NORMAL, "bye"), closeFrame(channel));
        assertFalse(channel.isOpen());
        assertEquals(List.of("1:a0", "2:a1"), journaled());
        assertEquals(0, counters.openSessions());
    }

    @Test
    void aSenderThatLeavesWithAReasonIsHeard() {
        EmbeddedChannel channel = session();
        open(channel);
        channel.writeInbound(new Close(CloseReason.AUTH_FAILED, "the server did not prove it holds the key"));
        assertEquals(CloseReason.NORMAL, closeFrame(channel).reason());
        assertTrue(counters.lastError().contains("AUTH_FAILED the server did not prove"), counters.lastError());
    }

    @Test
    void aWrongKeyIsRefusedAndCounted() throws Exception {
        EmbeddedChannel channel = session();
        channel.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        Challenge challenge = channel.readOutbound();
        RspAuth wrong = new RspAuth("another key, same length!!!!!!!".getBytes(StandardCharsets.UTF_8));
        channel.writeInbound(new Auth(wrong.clientProof(CLIENT_NONCE, challenge.serverNonce(), "ru1")));
        Close close = closeFrame(channel);
        assertEquals(CloseReason.AUTH_FAILED, close.reason());
        assertFalse(channel.isOpen());
        assertEquals(1, counters.refusedSessions());
        assertTrue(counters.lastError().contains("wrong pre-shared key"), counters.lastError());
        assertEquals(0, counters.openSessions());
    }

    @Test
    void anUnknownPeerAndAnUnknownVersionAreRefusedWithTheirReason() {
        EmbeddedChannel stranger = session();
        stranger.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru2"));
        Close close = closeFrame(stranger);
        assertEquals(CloseReason.UNKNOWN_PEER, close.reason());
        assertTrue(close.text().contains("'ru2'"), close.text());

        EmbeddedChannel future = session();
        future.writeInbound(new Hello(2, false, CLIENT_NONCE, "ru1"));
        assertEquals(CloseReason.BAD_VERSION, closeFrame(future).reason());
        assertEquals(2, counters.refusedSessions());
    }

    @Test
    void dataBeforeTheSessionIsOpenIsAProtocolErrorAndNothingIsJournaled() throws Exception {
        EmbeddedChannel channel = session();
        channel.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        channel.readOutbound();
        channel.writeInbound(new Data(1, records("sneaky", 1)));
        Close close = closeFrame(channel);
        assertEquals(CloseReason.PROTOCOL_ERROR, close.reason());
        assertTrue(close.text().contains("unexpected Data[1..1] in state AWAIT_AUTH"), close.text());
        assertEquals(List.of(), journaled());
    }

    /** A sender's STATUS in an open session is kept with when it came; before ACCEPT it is a protocol error. */
    @Test
    void statusIsKeptFromAnOpenSessionOnly() {
        EmbeddedChannel channel = session();
        assertTrue(open(channel).takesStatus(), "ACCEPT tells the sender the server reads STATUS");
        assertNull(counters.lastReported(), "nothing reported yet: a sender from before STATUS stays so");
        channel.writeInbound(new RspFrame.Status(40, 30, "CONNECTED", "local PBX reset the link"));
        assertEquals(new RspFrame.Status(40, 30, "CONNECTED", "local PBX reset the link"), counters.lastReported().status());
        assertTrue(channel.isOpen());
        EmbeddedChannel early = session();
        early.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        early.readOutbound();
        early.writeInbound(new RspFrame.Status(1, 1, "CONNECTED", null));
        assertEquals(CloseReason.PROTOCOL_ERROR, closeFrame(early).reason());
        assertEquals(30, counters.lastReported().status().acknowledged(), "the early one was not kept");
    }

    @Test
    void serverOnlyFramesFromASenderAreProtocolErrors() {
        EmbeddedChannel channel = session();
        open(channel);
        channel.writeInbound(new Ack(5));
        assertEquals(CloseReason.PROTOCOL_ERROR, closeFrame(channel).reason());
        EmbeddedChannel second = session();
        second.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        second.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        assertEquals(CloseReason.PROTOCOL_ERROR, closeFrame(second).reason());
    }

    @Test
    void undecodableBytesCloseTheSessionWithTheDecodersReason() throws Exception {
        RspServerConfig config = RspServerConfig.withKey("ru1", KEY);
        EmbeddedChannel channel = new EmbeddedChannel(new RspFrameDecoder(), new RspFrameEncoder(),
                new RspServerHandler(config, journal, counters));
        channel.writeInbound(Unpooled.buffer().writeInt(1).writeByte(0x66));
        assertFalse(channel.isOpen());
        assertTrue(counters.lastError().contains("unknown frame type 0x66"), counters.lastError());
    }

    @Test
    void keepAliveSendsAPingAndASilentPeerIsClosedAsDead() {
        EmbeddedChannel channel = session();
        open(channel);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_WRITER_IDLE_STATE_EVENT);
        assertInstanceOf(Ping.class, channel.readOutbound());
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertEquals(CloseReason.DEAD_PEER, closeFrame(channel).reason());
        assertFalse(channel.isOpen());
        assertEquals(0, counters.openSessions());
    }

    @Test
    void aStoppingServerJournalsWhatItReadAndSaysSo() throws Exception {
        EmbeddedChannel channel = session();
        open(channel);
        channel.pipeline().fireChannelRead(new Data(1, records("a", 1)));
        channel.pipeline().fireUserEventTriggered(org.bluewhale.rsp.RspListener.Shutdown.EVENT);
        assertEquals(CloseReason.SHUTTING_DOWN, closeFrame(channel).reason());
        assertFalse(channel.isOpen());
        assertEquals(List.of("1:a0"), journaled());
    }

    @Test
    void recordsReadBeforeTheConnectionDropsAreJournaledUnacknowledged() throws Exception {
        EmbeddedChannel channel = session();
        open(channel);
        channel.pipeline().fireChannelRead(new Data(1, records("a", 2))); // no read-complete: the link drops first
        channel.close();
        assertEquals(List.of("1:a0", "2:a1"), journaled());
        assertNull(channel.readOutbound(), "no ACK was sent");
    }

    @Test
    void aConfigurationWithoutKeyOrClientCertificateIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RspServerConfig("p", "p", null, null, false, 10, Duration.ofSeconds(1),
                        Duration.ofSeconds(3), true));
        assertTrue(e.getMessage().contains("refusing to accept anyone"));
    }

    @Test
    void withoutAKeyATlsClientCertificateWhoseNameDoesNotMatchIsRefused() throws Exception {
        RspServerConfig config = new RspServerConfig("ru1", "ru1", null,
                io.netty.handler.ssl.SslContextBuilder.forClient().build(), true, 10,
                Duration.ofSeconds(1), Duration.ofSeconds(3), true);
        EmbeddedChannel channel = session(config); // no TLS handler in this pipeline: no certificate at all
        channel.writeInbound(new Hello(1, false, CLIENT_NONCE, "ru1"));
        Close close = closeFrame(channel);
        assertEquals(CloseReason.AUTH_FAILED, close.reason());
        assertTrue(close.text().contains("CN 'null'"), close.text());
    }


    @Test
    void aResendSessionJournalsHeldRecordsAgainWithTheirSequencesAndAcksWhatItJournaled() throws Exception {
        EmbeddedChannel live = session();
        open(live);
        live.writeInbound(new Data(1, records("a", 4)));
        assertEquals(new Ack(4), live.readOutbound());

        EmbeddedChannel resend = session();
        assertEquals(5, open(resend, true).nextSequence(), "for information: the re-send starts where it wants");
        resend.writeInbound(new Data(2, records("r", 4)));
        assertEquals(new Ack(5), resend.readOutbound(), "the last record re-sent, not the journal's next - 1");
        assertEquals(List.of("1:a0", "2:a1", "3:a2", "4:a3", "2:r0", "3:r1", "4:r2", "5:r3"), journaled(),
                "2..4 journaled again for the store to sort out, 5 new");
        assertEquals(4, counters.resent());
        assertEquals(0, counters.duplicates());

        live.writeInbound(new Data(5, records("b", 2)));
        assertEquals(new Ack(6), live.readOutbound());
        assertEquals("6:b1", journaled().get(8), "the live session's 5 was held already, 6 is new");
    }
}
