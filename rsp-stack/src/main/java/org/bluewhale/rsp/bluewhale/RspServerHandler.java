package org.bluewhale.rsp.bluewhale;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import javax.net.ssl.SSLException;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.SequencedSink;
import org.bluewhale.rsp.JournalBackpressure;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.TlsFiles;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of one Bluewhale RSP session: HELLO, then the key challenge (or the TLS client
 * certificate), ACCEPT with the journal's next sequence, then DATA journaled and acknowledged,
 * and the sender's STATUS reports kept in its {@link RspCounters}.
 *
 * <p>The DATA frames of a read burst are journaled in one {@link SequencedSink#appendNew} at
 * {@code channelReadComplete}, and only then is one ACK written: an acknowledged record is in
 * the journal. Records the journal already holds (a resend after a reconnect or a lost ACK)
 * are dropped there, atomically, and acknowledged again.
 *
 * <p>A re-send session (HELLO's resend flag) journals every record again with its own sequence
 * ({@link SequencedSink#appendAgain}) and acknowledges the last one: the store then adds the
 * calls it lacks and keeps the ones it has once.
 *
 * <p>Everything a sender may get wrong ends the session with a CLOSE frame that says why,
 * logged on the server, never silently.
 */
public final class RspServerHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(RspServerHandler.class);

    private enum State { AWAIT_HELLO, AWAIT_AUTH, OPEN, CLOSED }

    private final RspServerConfig config;
    private final SequencedSink sink;
    private final RspCounters counters;
    private final JournalBackpressure backpressure;
    private State state = State.AWAIT_HELLO;
    private Hello hello;
    private byte[] serverNonce;
    private List<Frame> burst = new ArrayList<>();
    private long burstFirst;
    private boolean ackDue;
    private boolean sessionCounted;
    private long pingToken;
    /** In a re-send session: the last sequence journaled again, what its ACK says. */
    private long resentThrough;

    public RspServerHandler(RspServerConfig config, SequencedSink sink, RspCounters counters) {
        this.config = config;
        this.sink = sink;
        this.counters = counters;
        this.backpressure = new JournalBackpressure(sink, counters);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        RspFrame frame = (RspFrame) msg;
        if (state == State.CLOSED) {
            return; // a CLOSE is on its way; what follows it is not read
        }
        if (state == State.OPEN) {
            counters.heard(); // data, PING or PONG: the sender (a remote unit) is alive
        }
        if (frame instanceof Data data && state == State.OPEN) {
            collect(ctx, data);
        } else if (frame instanceof Ping ping) {
            ctx.write(new Pong(ping.token()));
        } else if (frame instanceof Pong) {
            return; // its arrival already reset the dead-peer timer
        } else if (frame instanceof Status status && state == State.OPEN) {
            counters.reported(status);
        } else if (frame instanceof Hello h && state == State.AWAIT_HELLO) {
            hello(ctx, h);
        } else if (frame instanceof Auth auth && state == State.AWAIT_AUTH) {
            authenticate(ctx, auth);
        } else if (frame instanceof Close close) {
            if (close.reason() == CloseReason.NORMAL) {
                log.info("RSP peer {} ({}) closes: {}", peer(), ctx.channel().remoteAddress(), close.text());
            } else { // e.g. the sender found our key proof wrong: an operator must look
                counters.error("peer " + peer() + " closed: " + close.reason() + " " + close.text());
                log.warn("RSP peer {} ({}) closes: {} {}", peer(), ctx.channel().remoteAddress(), close.reason(),
                        close.text());
            }
            journalBurst(ctx);
            state = State.CLOSED;
            ctx.writeAndFlush(new Close(CloseReason.NORMAL, "bye")).addListener(ChannelFutureListener.CLOSE);
        } else {
            fail(ctx, CloseReason.PROTOCOL_ERROR, "unexpected " + frame + " in state " + state);
        }
    }

    private void hello(ChannelHandlerContext ctx, Hello h) {
        hello = h;
        if (h.version() != Hello.VERSION) {
            refuse(ctx, CloseReason.BAD_VERSION, "protocol version " + h.version() + " not supported (1 is)");
        } else if (!h.peerId().equals(config.peerId())) {
            refuse(ctx, CloseReason.UNKNOWN_PEER, "peer '" + h.peerId() + "' is not the one configured for "
                    + config.pbxId());
        } else if (config.clientCertificate() && !h.peerId().equals(certificateName(ctx))) {
            refuse(ctx, CloseReason.AUTH_FAILED, "client certificate CN '" + certificateName(ctx)
                    + "' does not match peer '" + h.peerId() + "'");
        } else if (config.auth() != null) {
            serverNonce = RspAuth.nonce();
            state = State.AWAIT_AUTH;
            ctx.writeAndFlush(new Challenge(serverNonce));
        } else {
            accept(ctx, new byte[RspFrame.MAC_BYTES]);
        }
    }

    private static String certificateName(ChannelHandlerContext ctx) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        return tls == null ? null : TlsFiles.peerCommonName(tls.engine().getSession());
    }

    private void authenticate(ChannelHandlerContext ctx, Auth auth) {
        RspAuth key = config.auth();
        if (!RspAuth.matches(key.clientProof(hello.clientNonce(), serverNonce, hello.peerId()), auth.mac())) {
            refuse(ctx, CloseReason.AUTH_FAILED, "wrong pre-shared key");
            return;
        }
        accept(ctx, key.serverProof(hello.clientNonce(), serverNonce, hello.peerId()));
    }

    private void accept(ChannelHandlerContext ctx, byte[] proof) {
        state = State.OPEN;
        counters.sessionOpened();
        counters.heard();
        sessionCounted = true;
        long next = sink.nextSequence(config.pbxId());
        boolean compression = config.compression() && hello.wantsCompression();
        log.info("RSP {} open: peer {} from {}, pbx {}, {} sequence {}", hello.resend() ? "re-send session" : "session",
                hello.peerId(), ctx.channel().remoteAddress(), config.pbxId(),
                hello.resend() ? "journal at" : "resuming at", next);
        ctx.writeAndFlush(new Accept(next, config.window(), (int) config.keepAlive().toMillis(), compression, true, proof));
    }

    private void collect(ChannelHandlerContext ctx, Data data) {
        if (!burst.isEmpty() && data.firstSequence() != burstFirst + burst.size()) {
            journalBurst(ctx); // not contiguous (a duplicate or a gap): the journal sorts it out per run
        }
        if (burst.isEmpty()) {
            burstFirst = data.firstSequence();
        }
        for (byte[] record : data.records()) {
            burst.add(Frame.of(record));
        }
        ackDue = true;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (state == State.OPEN) {
            journalBurst(ctx);
            if (ackDue) {
                ackDue = false;
                ctx.write(new Ack(hello.resend() ? resentThrough : sink.nextSequence(config.pbxId()) - 1));
            }
            backpressure.check(ctx.channel());
        }
        ctx.flush();
    }

    private void journalBurst(ChannelHandlerContext ctx) {
        if (burst.isEmpty()) {
            return;
        }
        List<Frame> frames = burst;
        burst = new ArrayList<>(frames.size()); // the journal may keep the list it was given
        if (hello.resend()) {
            sink.appendAgain(config.pbxId(), frames, burstFirst);
            resentThrough = Math.max(resentThrough, burstFirst + frames.size() - 1);
            counters.resent(frames.size());
            return;
        }
        long held = sink.nextSequence(config.pbxId()) - burstFirst; // how many of them it may hold already
        sink.appendNew(config.pbxId(), frames, burstFirst);
        int duplicates = (int) Math.min(frames.size(), Math.max(0, held));
        if (duplicates > 0) {
            counters.duplicates(duplicates);
            log.debug("RSP peer {}: {} of {} records from sequence {} already journaled, dropped", peer(),
                    duplicates, frames.size(), burstFirst);
        }
        long bytes = 0;
        for (Frame frame : frames.subList(duplicates, frames.size())) {
            bytes += frame.bytes().length;
        }
        counters.journaled(frames.size() - duplicates, bytes);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.WRITER_IDLE && state == State.OPEN) {
            ctx.writeAndFlush(new Ping(++pingToken));
        } else if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            fail(ctx, CloseReason.DEAD_PEER, "nothing received for " + config.deadPeerTimeout().toMillis() + " ms");
        } else if (event == RspListener.Shutdown.EVENT && state != State.CLOSED) {
            close(ctx, CloseReason.SHUTTING_DOWN, "server stopping");
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        journalBurst(ctx); // read but not acknowledged: the sender resends them and the journal drops them
        if (sessionCounted) {
            sessionCounted = false;
            counters.sessionClosed();
        }
        backpressure.release();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause.getCause() instanceof SSLException tls) {
            counters.refused("refused " + ctx.channel().remoteAddress() + ": TLS handshake failed: " + tls.getMessage());
            log.warn("RSP refused {}: TLS handshake failed: {}", ctx.channel().remoteAddress(), tls.getMessage());
            state = State.CLOSED;
            ctx.close();
        } else if (cause instanceof DecoderException) {
            Throwable reason = cause.getCause() != null ? cause.getCause() : cause;
            fail(ctx, CloseReason.PROTOCOL_ERROR, reason.getMessage());
        } else if (cause instanceof IOException) {
            log.warn("RSP peer {} ({}): connection lost: {}", peer(), ctx.channel().remoteAddress(), cause.toString());
            counters.error("peer " + peer() + ": " + cause);
            ctx.close();
        } else {
            log.error("RSP peer {} ({}): session failed", peer(), ctx.channel().remoteAddress(), cause);
            fail(ctx, CloseReason.PROTOCOL_ERROR, "server error: " + cause);
        }
    }

    private void refuse(ChannelHandlerContext ctx, CloseReason reason, String why) {
        counters.refused("refused " + ctx.channel().remoteAddress() + ": " + why);
        log.warn("RSP refused {} (peer '{}'): {}", ctx.channel().remoteAddress(), hello.peerId(), why);
        close(ctx, reason, why);
    }

    private void fail(ChannelHandlerContext ctx, CloseReason reason, String why) {
        counters.error("peer " + peer() + ": " + why);
        log.warn("RSP session with {} ({}) closed: {}: {}", peer(), ctx.channel().remoteAddress(), reason, why);
        close(ctx, reason, why);
    }

    private void close(ChannelHandlerContext ctx, CloseReason reason, String why) {
        journalBurst(ctx);
        state = State.CLOSED;
        ctx.writeAndFlush(new Close(reason, why)).addListener(ChannelFutureListener.CLOSE);
    }

    private String peer() {
        return hello == null ? "(no hello)" : hello.peerId();
    }
}
