package org.bluewhale.rsp.bluewhale;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending end of Bluewhale RSP, used by the simulator and remote units: keeps a session to
 * the server, sends the {@link RspOutbox}'s records in batches within the server's window, and
 * after any interruption reconnects (back-off doubling to a maximum) and resumes from the
 * server's next sequence, so the server journals every record once.
 *
 * <p>Thread-safe: status and {@link #awaitAcknowledged} from any thread.
 */
public final class RspSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RspSender.class);
    /** Handshake and first ACCEPT must arrive within this; afterwards the server's keep-alive rules. */
    private static final long HANDSHAKE_TIMEOUT_MILLIS = 30_000;

    private final RspClientConfig config;
    private final RspOutbox outbox;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final Object progress = new Object();
    private final AtomicLong sessions = new AtomicLong();
    private volatile long acknowledged;
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile String lastError;
    private volatile boolean refused;
    private volatile Channel channel;
    private long backoffMillis;

    private RspSender(RspClientConfig config, RspOutbox outbox, EventLoopGroup group, boolean ownsGroup) {
        this.config = config;
        this.outbox = outbox;
        this.group = group;
        this.ownsGroup = ownsGroup;
        this.backoffMillis = config.reconnectMin().toMillis();
    }

    /** Starts sending on its own event loop thread; returns at once (the first connect is under way). */
    public static RspSender start(RspClientConfig config, RspOutbox outbox) {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("rsp-sender", true),
                NioIoHandler.newFactory());
        return start(config, outbox, group, true);
    }

    /** Starts sending on a shared group, which {@link #close()} leaves running. */
    public static RspSender start(RspClientConfig config, RspOutbox outbox, EventLoopGroup group) {
        return start(config, outbox, group, false);
    }

    private static RspSender start(RspClientConfig config, RspOutbox outbox, EventLoopGroup group, boolean owns) {
        RspSender sender = new RspSender(config, outbox, group, owns);
        outbox.onAvailable(sender::wakeUp);
        sender.connect();
        return sender;
    }

    private void connect() {
        if (closed) {
            return;
        }
        RspClientHandler.Events events = new SessionEvents();
        ChannelFuture attempt = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 4 << 20))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (config.tls() != null) {
                            ch.pipeline().addLast("tls", config.tls().newHandler(ch.alloc(), config.host(),
                                    config.port()));
                        }
                        ch.pipeline().addLast("idle", new IdleStateHandler(HANDSHAKE_TIMEOUT_MILLIS, 0, 0,
                                TimeUnit.MILLISECONDS));
                        ch.pipeline().addLast("framer", new RspFrameDecoder());
                        ch.pipeline().addLast("encoder", new RspFrameEncoder());
                        ch.pipeline().addLast("session", new RspClientHandler(config, outbox, events));
                    }
                })
                .connect(config.host(), config.port());
        channel = attempt.channel();
        attempt.addListener(done -> {
            if (!done.isSuccess()) {
                lastError = "cannot connect to " + config.host() + ":" + config.port() + ": " + done.cause().getMessage();
                scheduleReconnect();
            } else {
                attempt.channel().closeFuture().addListener(c -> scheduleReconnect());
            }
        });
    }

    private void scheduleReconnect() {
        connected = false;
        if (closed) {
            return;
        }
        long wait = backoffMillis;
        backoffMillis = Math.min(backoffMillis * 2, config.reconnectMax().toMillis());
        log.info("RSP sender {}: reconnecting to {}:{} in {} ms ({})", config.peerId(), config.host(), config.port(),
                wait, lastError);
        group.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    private void wakeUp() {
        onSession(RspClientHandler::pump);
    }

    /** Runs {@code action} on the open session's event loop; nothing when no connection is up. */
    private void onSession(Consumer<RspClientHandler> action) {
        Channel current = channel;
        if (current != null && current.isActive()) {
            current.eventLoop().execute(() -> {
                RspClientHandler session = current.pipeline().get(RspClientHandler.class);
                if (session != null) {
                    action.accept(session);
                }
            });
        }
    }

    /**
     * Sends the sender's own state to the server over the open session; dropped when there is none
     * or the server does not read STATUS (the next report carries the news).
     */
    public void report(RspFrame.Status status) {
        onSession(session -> session.report(status));
    }

    /** Waits until the server acknowledged every record up to {@code sequence}; false on timeout. */
    public boolean awaitAcknowledged(long sequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (acknowledged < sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** Waits until everything the outbox holds now is acknowledged; false on timeout. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (!connected || acknowledged < outbox.end() - 1) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
            return true;
        }
    }

    /** The highest sequence the server acknowledged (0 before the first ACK). */
    public long acknowledged() {
        return acknowledged;
    }

    /** True while a session is open. */
    public boolean connected() {
        return connected;
    }

    /** Sessions opened so far (the first plus every resume). */
    public long sessions() {
        return sessions.get();
    }

    /** The last reason a session failed or a connection could not be made, or null. */
    public String lastError() {
        return lastError;
    }

    /** True when the server turned us away (wrong key, unknown peer or certificate). */
    public boolean refused() {
        return refused;
    }

    /** Sends CLOSE if a session is open and stops; unacknowledged records stay in the outbox. */
    @Override
    public void close() {
        closed = true;
        Channel current = channel;
        if (current != null) {
            current.eventLoop().execute(() -> {
                RspClientHandler session = current.pipeline().get(RspClientHandler.class);
                if (session != null) {
                    session.close("sender stopping");
                } else {
                    current.close();
                }
            });
            current.closeFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        if (ownsGroup) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    private final class SessionEvents implements RspClientHandler.Events {
        @Override
        public void opened(long nextSequence) {
            sessions.incrementAndGet();
            backoffMillis = config.reconnectMin().toMillis();
            refused = false;
            synchronized (progress) {
                acknowledged = Math.max(acknowledged, nextSequence - 1);
                connected = true;
                progress.notifyAll();
            }
            log.info("RSP sender {}: session open with {}:{}, server next sequence {}", config.peerId(), config.host(),
                    config.port(), nextSequence);
        }

        @Override
        public void acknowledged(long through) {
            synchronized (progress) {
                acknowledged = Math.max(acknowledged, through);
                progress.notifyAll();
            }
        }

        @Override
        public void failed(String why, boolean refusedByServer) {
            lastError = why;
            refused = refused || refusedByServer;
            log.warn("RSP sender {}: {}", config.peerId(), why);
        }

        @Override
        public void disconnected() {
            connected = false;
        }
    }
}
