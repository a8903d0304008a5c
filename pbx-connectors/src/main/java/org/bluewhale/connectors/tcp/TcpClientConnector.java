package org.bluewhale.connectors.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.TimeUnit;
import org.bluewhale.connectors.tls.TlsContexts;
import org.bluewhale.core.journal.RecordSink;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a PBX's CDR port and keeps connecting, in the manner of a jPOS channel adaptor:
 * after a refusal or a disconnect it waits (exponential back-off, reset once connected) and tries
 * again, alternating between the host and the optional alternate host.
 *
 * <p>Status: CONNECTING while the first attempt or a reconnect after a clean disconnect is under
 * way, FAILING (with the last error) after an attempt failed, CONNECTED, PAUSED when the journal
 * is full, STOPPED before start and after close. All reconnect logic runs on one event loop, so it
 * needs no locks. Host names are resolved on that event loop: prefer IP addresses.
 */
public final class TcpClientConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(TcpClientConnector.class);

    private final TcpClientConfig config;
    private final ConnectorCounters counters = new ConnectorCounters();
    private final ReconnectBackoff backoff;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final RecordSink sink;
    private final SslContext tls;
    private volatile State state = State.STOPPED;
    private volatile Channel channel;
    private volatile boolean closed;
    private long attempts;

    /** @param group the server's shared event loop group (see {@link TcpEventLoops}); not closed here */
    public TcpClientConnector(TcpClientConfig config, RecordSink sink, EventLoopGroup group) {
        this(config, sink, group, null);
    }

    /**
     * @param tls a client context ({@link TlsContexts#client}) to speak TLS to the PBX with, or null
     *            for plain TCP; the PBX's certificate must name the host connected to
     */
    public TcpClientConnector(TcpClientConfig config, RecordSink sink, EventLoopGroup group, SslContext tls) {
        this.config = config;
        this.sink = sink;
        this.tls = tls;
        this.backoff = new ReconnectBackoff(config.initialBackoff(), config.maxBackoff());
        this.loop = group.next();
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
                .option(ChannelOption.SO_KEEPALIVE, true); // notice a PBX that vanished without a FIN
    }

    @Override
    public String name() {
        return (tls == null ? "tcp-client " : "tls-client ") + config.host() + ":" + config.port() + " (" + config.pbxId() + ")";
    }

    /** Starts connecting in the background; returns at once. */
    @Override
    public void start() {
        state = State.CONNECTING;
        loop.execute(this::connect);
    }

    @Override
    public ConnectorStatus status() {
        State current = closed ? State.STOPPED : state;
        if (current == State.CONNECTED && counters.paused()) {
            current = State.PAUSED;
        }
        return new ConnectorStatus(current, counters.records(), counters.bytes(), counters.lastRecordAt(),
                counters.lastError());
    }

    /** Stops reconnecting and closes the connection (its last partial record is journaled). */
    @Override
    public void close() {
        closed = true;
        Channel current = channel;
        if (current != null) {
            current.close().awaitUninterruptibly();
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        boolean alternate = config.alternateHost() != null && attempts++ % 2 == 1;
        String host = alternate ? config.alternateHost() : config.host();
        int port = alternate && config.alternatePort() != 0 ? config.alternatePort() : config.port();
        bootstrap.clone()
                .handler(new CdrChannelInitializer(config.pbxId(), config.maxRecordLength(), sink, counters, tls, host, port))
                .connect(host, port).addListener((ChannelFuture attempt) -> attemptEnded(attempt, host, port));
    }

    private void attemptEnded(ChannelFuture attempt, String host, int port) {
        if (!attempt.isSuccess()) {
            String error = "cannot connect to " + host + ":" + port + ": " + attempt.cause().getMessage();
            counters.error(error);
            long delay = backoff.nextDelayNanos();
            log.warn("{}: {}; retrying in {} ms", name(), error, TimeUnit.NANOSECONDS.toMillis(delay));
            state = State.FAILING;
            retryAfter(delay);
            return;
        }
        Channel connected = attempt.channel();
        channel = connected;
        if (closed) {
            connected.close();
            return;
        }
        backoff.reset();
        state = State.CONNECTED;
        log.info("{} connected to {}", name(), connected.remoteAddress());
        connected.closeFuture().addListener(closing -> disconnected(host, port));
    }

    private void disconnected(String host, int port) {
        if (closed) {
            return;
        }
        long delay = backoff.nextDelayNanos();
        log.warn("{}: {}:{} closed the connection; reconnecting in {} ms", name(), host, port,
                TimeUnit.NANOSECONDS.toMillis(delay));
        state = State.CONNECTING;
        retryAfter(delay);
    }

    private void retryAfter(long delayNanos) {
        if (!closed) {
            loop.schedule(this::connect, delayNanos, TimeUnit.NANOSECONDS);
        }
    }
}
