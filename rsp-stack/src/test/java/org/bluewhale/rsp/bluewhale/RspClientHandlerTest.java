package org.bluewhale.rsp.bluewhale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.testing.Poll;
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
import org.junit.jupiter.api.Test;

/** The sender's session, frame by frame: window, acks, authentication of the server, timers. */
class RspClientHandlerTest {

    private static final RspAuth KEY = RspServerHandlerTest.KEY;
    private static final byte[] SERVER_NONCE = new byte[32];

    private final List<String> events = new ArrayList<>();
    private final MemoryOutbox outbox = new MemoryOutbox(100);
    private final EmbeddedChannel wire = new EmbeddedChannel(new RspFrameDecoder());
    private RspClientConfig config = RspClientConfig.of("localhost", 1, "ru1", KEY)
            .withTimers(Duration.ofMillis(30), Duration.ofSeconds(1), Duration.ofSeconds(1));

    private EmbeddedChannel sender() {
        RspClientHandler session = new RspClientHandler(config, outbox, new RspClientHandler.Events() {
                    @Override
                    public void opened(long next) {
                        events.add("opened " + next);
                    }

                    @Override
                    public void acknowledged(long through) {
                        events.add("acked " + through);
                    }

                    @Override
                    public void failed(String why, boolean refused) {
                        events.add((refused ? "refused: " : "failed: ") + why);
                    }

                    @Override
                    public void disconnected() {
                        events.add("disconnected");
                    }
                });
        return new EmbeddedChannel(new ChannelInitializer<Channel>() { // named handlers, before the channel is active
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast("idle", new IdleStateHandler(0, 0, 0))
                        .addLast("encoder", new RspFrameEncoder()).addLast("session", session);
            }
        });
    }

    /** What the sender wrote, decoded. */
    private List<RspFrame> written(EmbeddedChannel channel) {
        List<RspFrame> frames = new ArrayList<>();
        Object out;
        while ((out = channel.readOutbound()) != null) {
            wire.writeInbound((ByteBuf) out);
        }
        Object frame;
        while ((frame = wire.readInbound()) != null) {
            frames.add((RspFrame) frame);
        }
        return frames;
    }

    private Hello helloOf(EmbeddedChannel channel) {
        return (Hello) written(channel).get(0);
    }

    private void open(EmbeddedChannel channel, long serverNext, int window) {
        open(channel, serverNext, window, true);
    }

    private void open(EmbeddedChannel channel, long serverNext, int window, boolean takesStatus) {
        Hello hello = helloOf(channel);
        channel.writeInbound(new Challenge(SERVER_NONCE));
        Auth auth = (Auth) written(channel).get(0);
        assertTrue(RspAuth.matches(KEY.clientProof(hello.clientNonce(), SERVER_NONCE, "ru1"), auth.mac()));
        channel.writeInbound(new Accept(serverNext, window, 1000, false, takesStatus,
                KEY.serverProof(hello.clientNonce(), SERVER_NONCE, "ru1")));
    }

    private void offer(String prefix, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            outbox.offer((prefix + i).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    @Test
    void theSenderIntroducesItselfProvesItsKeyAndSendsWithinTheWindow() throws Exception {
        offer("r", 7);
        EmbeddedChannel channel = sender();
        Hello hello = helloOf(channel);
        assertEquals("ru1", hello.peerId());
        assertTrue(hello.wantsCompression());
        channel.writeInbound(new Challenge(SERVER_NONCE));
        written(channel);
        channel.writeInbound(new Accept(41, 5, 1000, false, true, KEY.serverProof(hello.clientNonce(), SERVER_NONCE, "ru1")));
        assertEquals(List.of("opened 41"), events);
        List<RspFrame> sent = written(channel);
        assertEquals(1, sent.size());
        Data first = (Data) sent.get(0);
        assertEquals(41, first.firstSequence(), "an unnumbered outbox continues the server's numbering");
        assertEquals(5, first.records().size(), "the window allows 5 unacknowledged records");

        channel.writeInbound(new Ack(43));
        Data second = (Data) written(channel).get(0);
        assertEquals(46, second.firstSequence());
        assertEquals(List.of("r5", "r6"), second.records().stream().map(RspClientHandlerTest::text).toList());
        assertEquals(4, outbox.size(), "acknowledged records leave the outbox");
        channel.writeInbound(new Ack(47));
        assertEquals(0, outbox.size());
        assertEquals(List.of("opened 41", "acked 43", "acked 47"), events);
    }

    @Test
    void recordsOfferedLaterAreSentWhenTheOutboxWakesTheSession() throws Exception {
        EmbeddedChannel channel = sender();
        outbox.onAvailable(() -> channel.pipeline().get(RspClientHandler.class).pump());
        open(channel, 1, 100);
        assertEquals(List.of(), written(channel));
        offer("late", 1);
        Data data = (Data) written(channel).get(0);
        assertEquals(1, data.firstSequence());
        assertEquals("late0", text(data.records().get(0)));
    }

    @Test
    void aResumedOutboxSkipsWhatTheServerHasAndResendsTheRest() {
        MemoryOutbox kept = MemoryOutbox.resuming(10, List.of("a".getBytes(), "b".getBytes(), "c".getBytes()), 10);
        assertEquals(12, kept.open(12));
        assertEquals(List.of("c"), kept.read(12, 10).stream().map(RspClientHandlerTest::text).toList());
        assertEquals(1, kept.size());
    }

    /** STATUS goes to a server whose ACCEPT says it reads it, never before ACCEPT nor to an older server. */
    @Test
    void statusIsSentOnlyInAnOpenSessionWithAServerThatTakesIt() {
        RspFrame.Status status = new RspFrame.Status(12, 10, "CONNECTED", null);
        EmbeddedChannel early = sender();
        early.pipeline().get(RspClientHandler.class).report(status);
        assertEquals(List.of(Hello.class), written(early).stream().map(Object::getClass).toList(),
                "nothing but HELLO before the session is open");
        EmbeddedChannel current = sender();
        open(current, 1, 10);
        written(current);
        current.pipeline().get(RspClientHandler.class).report(status);
        assertEquals(List.of(status), written(current));

        EmbeddedChannel older = sender();
        open(older, 1, 10, false);
        written(older);
        older.pipeline().get(RspClientHandler.class).report(status);
        assertEquals(List.of(), written(older), "a server from before STATUS would end the session on it");
        assertTrue(older.isOpen());
    }

    @Test
    void aServerThatCannotProveTheKeyIsLeft() {
        EmbeddedChannel channel = sender();
        helloOf(channel);
        channel.writeInbound(new Challenge(SERVER_NONCE));
        written(channel);
        channel.writeInbound(new Accept(1, 10, 1000, false, true, new byte[32]));
        Close close = (Close) written(channel).get(0);
        assertEquals(CloseReason.AUTH_FAILED, close.reason());
        assertFalse(channel.isOpen());
        assertTrue(events.contains("refused: the server did not prove it holds the pre-shared key"), events.toString());
    }

    @Test
    void aServerRefusalIsReportedAsRefused() {
        EmbeddedChannel channel = sender();
        helloOf(channel);
        channel.writeInbound(new Close(CloseReason.UNKNOWN_PEER, "peer 'ru1' is not the one configured"));
        assertFalse(channel.isOpen());
        assertEquals("refused: server closed the session: UNKNOWN_PEER peer 'ru1' is not the one configured",
                events.get(0));
        assertEquals("disconnected", events.get(1));
    }

    @Test
    void aChallengeWithoutAConfiguredKeyEndsTheSession() throws Exception {
        config = new RspClientConfig("localhost", 1, "ru1", null,
                io.netty.handler.ssl.SslContextBuilder.forClient().trustManager(
                        io.netty.handler.ssl.util.InsecureTrustManagerFactory.INSTANCE).build(),
                false, 10, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        EmbeddedChannel channel = sender();
        helloOf(channel);
        channel.writeInbound(new Challenge(SERVER_NONCE));
        assertEquals(CloseReason.AUTH_FAILED, ((Close) written(channel).get(0)).reason());
    }

    @Test
    void anUnexpectedFrameIsAProtocolError() throws Exception {
        EmbeddedChannel channel = sender();
        open(channel, 1, 10);
        written(channel);
        channel.writeInbound(new Hello(1, false, new byte[32], "server?"));
        Close close = (Close) written(channel).get(0);
        assertEquals(CloseReason.PROTOCOL_ERROR, close.reason());
        assertTrue(close.text().contains("unexpected Hello"), close.text());
    }

    @Test
    void pingsAreAnsweredIdleSendsPingsAndASilentServerIsLeft() {
        EmbeddedChannel channel = sender();
        open(channel, 1, 10);
        written(channel);
        channel.writeInbound(new Ping(3));
        assertEquals(List.of(new Pong(3)), written(channel));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_WRITER_IDLE_STATE_EVENT);
        assertInstanceOf(Ping.class, written(channel).get(0));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertEquals(CloseReason.DEAD_PEER, ((Close) written(channel).get(0)).reason());
        assertFalse(channel.isOpen());
    }

    @Test
    void sentRecordsThatAreNeverAcknowledgedEndTheSessionSoItCanResume() throws Exception {
        offer("r", 3);
        EmbeddedChannel channel = sender();
        open(channel, 1, 10);
        written(channel);
        Poll.until(Duration.ofSeconds(5), "the ack watch to give up", () -> {
            channel.runScheduledPendingTasks();
            return !channel.isOpen();
        });
        assertTrue(events.stream().anyMatch(e -> e.startsWith("failed: no acknowledgement for 30 ms")), events.toString());
        assertEquals(3, outbox.size(), "unacknowledged records stay for the next session");
    }
}
