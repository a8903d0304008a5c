package org.bluewhale.rsp.bluewhale;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import javax.net.ssl.SSLException;
import java.util.concurrent.TimeUnit;
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
 * The sender side of one Bluewhale RSP session: HELLO, the key proof, then DATA from the outbox
 * as far as the server's window allows, advancing on each cumulative ACK. Keeps the link alive
 * with PINGs, drops it when the server goes silent or stops acknowledging; the
 * {@link RspSender} then reconnects and the new session resumes where the server's journal is.
 */
final class RspClientHandler extends ChannelInboundHandlerAdapter {

    /** What the session tells its sender. */
    interface Events {
        void opened(long nextSequence);

        void acknowledged(long through);

        /** The session failed or was refused; {@link #disconnected} follows. */
        void failed(String why, boolean refused);

        void disconnected();
    }

    private final RspClientConfig config;
    private final RspOutbox outbox;
    private final Events events;
    private final byte[] clientNonce = RspAuth.nonce();
    private byte[] serverNonce;
    private ChannelHandlerContext ctx;
    private boolean open;
    private boolean serverTakesStatus;
    private int window;
    private long nextToSend;
    private long acked;
    private long lastAckProgressNanos;
    private long pingToken;
    private ScheduledFuture<?> ackWatch;

    RspClientHandler(RspClientConfig config, RspOutbox outbox, Events events) {
        this.config = config;
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        context.writeAndFlush(new Hello(Hello.VERSION, config.compression(), config.resend(), clientNonce,
                config.peerId()));
        context.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        RspFrame frame = (RspFrame) msg;
        if (frame instanceof Ack ack && open) {
            acknowledged(ack.throughSequence());
        } else if (frame instanceof Ping ping) {
            context.writeAndFlush(new Pong(ping.token()));
        } else if (frame instanceof Pong) {
            return; // liveness only
        } else if (frame instanceof Challenge challenge && !open) {
            if (config.auth() == null) {
                end(CloseReason.AUTH_FAILED, "server asks for a pre-shared key and none is configured", true);
                return;
            }
            context.writeAndFlush(new Auth(config.auth().clientProof(clientNonce, challenge.serverNonce(),
                    config.peerId())));
            serverNonce = challenge.serverNonce();
        } else if (frame instanceof Accept accept && !open) {
            accepted(context, accept);
        } else if (frame instanceof Close close) {
            boolean refused = close.reason() == CloseReason.AUTH_FAILED || close.reason() == CloseReason.UNKNOWN_PEER
                    || close.reason() == CloseReason.BAD_VERSION;
            if (close.reason() != CloseReason.NORMAL) {
                events.failed("server closed the session: " + close.reason() + " " + close.text(), refused);
            }
            context.close();
        } else {
            end(CloseReason.PROTOCOL_ERROR, "unexpected " + frame + (open ? " in an open session" : " before ACCEPT"),
                    false);
        }
    }

    private void accepted(ChannelHandlerContext context, Accept accept) {
        if (config.auth() != null && (serverNonce == null || !RspAuth.matches(
                config.auth().serverProof(clientNonce, serverNonce, config.peerId()), accept.serverProof()))) {
            end(CloseReason.AUTH_FAILED, "the server did not prove it holds the pre-shared key", true);
            return;
        }
        open = true;
        window = accept.window();
        serverTakesStatus = accept.takesStatus();
        nextToSend = outbox.open(accept.nextSequence());
        // a re-send starts below the server's next sequence: its acknowledgements count from its own first record
        acked = config.resend() ? nextToSend - 1 : accept.nextSequence() - 1;
        lastAckProgressNanos = System.nanoTime();
        context.pipeline().get(RspFrameEncoder.class).compressBatches(accept.compression());
        long keepAlive = Math.max(1, accept.keepAliveMillis());
        context.pipeline().replace("idle", "idle", new IdleStateHandler(3 * keepAlive, keepAlive, 0,
                TimeUnit.MILLISECONDS));
        long watchEvery = Math.max(10, config.ackTimeout().toMillis() / 4);
        ackWatch = context.executor().scheduleAtFixedRate(this::checkAckProgress, watchEvery, watchEvery,
                TimeUnit.MILLISECONDS);
        events.opened(acked + 1);
        pump();
    }

    /** Sends the sender's own state if a session is open with a server that reads it; else nothing. */
    void report(Status status) {
        if (open && serverTakesStatus && ctx.channel().isActive()) {
            ctx.writeAndFlush(status);
        }
    }

    private void acknowledged(long through) {
        if (through <= acked) {
            return;
        }
        acked = through;
        nextToSend = Math.max(nextToSend, through + 1); // another session of ours got further
        lastAckProgressNanos = System.nanoTime();
        outbox.acknowledged(through);
        events.acknowledged(through);
        pump();
    }

    /** Sends what the outbox has and the window allows. Runs on the event loop. */
    void pump() {
        if (!open || !ctx.channel().isActive()) {
            return;
        }
        boolean wrote = false;
        while (ctx.channel().isWritable()) {
            long inFlight = nextToSend - acked - 1;
            int room = (int) Math.min(config.batchRecords(), window - inFlight);
            if (room <= 0) {
                break;
            }
            List<byte[]> records = outbox.read(nextToSend, room);
            if (records.isEmpty()) {
                break;
            }
            if (inFlight == 0) {
                lastAckProgressNanos = System.nanoTime(); // the ack clock starts with the first unacked record
            }
            ctx.write(new Data(nextToSend, records));
            nextToSend += records.size();
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
    }

    private void checkAckProgress() {
        boolean waiting = nextToSend - acked - 1 > 0;
        if (open && waiting && System.nanoTime() - lastAckProgressNanos > config.ackTimeout().toNanos()) {
            end(CloseReason.PROTOCOL_ERROR, "no acknowledgement for " + config.ackTimeout().toMillis()
                    + " ms: reconnecting to resume", false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        pump();
        context.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.WRITER_IDLE && open) {
            context.writeAndFlush(new Ping(++pingToken));
        } else if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            end(CloseReason.DEAD_PEER, "server silent: nothing received in time", false);
        } else {
            context.fireUserEventTriggered(event);
        }
    }

    /** Orderly close: CLOSE, then the socket. */
    void close(String why) {
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(new Close(CloseReason.NORMAL, why)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        open = false;
        if (ackWatch != null) {
            ackWatch.cancel(false);
        }
        events.disconnected();
        context.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        Throwable tls = cause;
        while (tls != null && !(tls instanceof SSLException)) {
            tls = tls.getCause();
        }
        // a TLS failure is the server (or we) refusing a certificate: retrying will not help until someone fixes it
        end(CloseReason.PROTOCOL_ERROR, (tls == null ? cause : tls).getClass().getSimpleName() + ": "
                + (tls == null ? cause : tls).getMessage(), tls != null);
    }

    private void end(CloseReason reason, String why, boolean refused) {
        events.failed(why, refused);
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(new Close(reason, why)).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
