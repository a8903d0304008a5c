package org.bluewhale.connectors.tcp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.connectors.tls.TlsContexts;
import org.bluewhale.core.journal.RecordSink;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP port the PBX connects to and streams CDR lines over. Several connections at once are
 * fine (a PBX that reconnects before the old socket times out, or one link per node): the
 * records of each connection are journaled in order under the same PBX id. Connections from
 * sources outside {@link TcpListenConfig#allowedSources()} are logged, counted and closed at once.
 */
public final class TcpListenConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(TcpListenConnector.class);

    private final TcpListenConfig config;
    private final AllowedSources allowedSources;
    private final RecordSink sink;
    private final EventLoopGroup group;
    private final SslContext tls;
    private final ConnectorCounters counters = new ConnectorCounters();
    private final AtomicLong refusedConnections = new AtomicLong();
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile Channel serverChannel;
    private volatile boolean closed;
    private volatile boolean bindFailed;

    /** @param group the server's shared event loop group (see {@link TcpEventLoops}); not closed here */
    public TcpListenConnector(TcpListenConfig config, RecordSink sink, EventLoopGroup group) {
        this(config, sink, group, null);
    }

    /** @param tls a server context ({@link TlsContexts#server}) the PBX must speak TLS to, or null for plain TCP */
    public TcpListenConnector(TcpListenConfig config, RecordSink sink, EventLoopGroup group, SslContext tls) {
        this.config = config;
        this.allowedSources = AllowedSources.parse(config.allowedSources());
        this.sink = sink;
        this.group = group;
        this.tls = tls;
    }

    @Override
    public String name() {
        int port = serverChannel == null ? config.port() : boundPort();
        return (tls == null ? "tcp-listen " : "tls-listen ") + config.bindAddress() + ":" + port + " (" + config.pbxId() + ")";
    }

    /** Binds the port and waits for the bind; a failure (port in use) is reported in {@link #status()}. */
    @Override
    public void start() {
        ChannelFuture bind = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true) // notice a PBX that vanished without a FIN
                .childHandler(acceptor())
                .bind(config.bindAddress(), config.port())
                .awaitUninterruptibly();
        if (bind.isSuccess()) {
            serverChannel = bind.channel();
            log.info("{} listening on {}", name(), serverChannel.localAddress());
        } else {
            bindFailed = true;
            counters.error("cannot listen on " + config.bindAddress() + ":" + config.port() + ": " + bind.cause());
            log.error("{} cannot listen", name(), bind.cause());
        }
    }

    /** The port actually listened on (useful with port 0), or -1 when not listening. */
    public int boundPort() {
        Channel channel = serverChannel;
        return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Connections closed because their source is not allowed. */
    public long refusedConnections() {
        return refusedConnections.get();
    }

    /** Connections open right now. */
    public int activeConnections() {
        return connections.size();
    }

    @Override
    public ConnectorStatus status() {
        return new ConnectorStatus(state(), counters.records(), counters.bytes(), counters.lastRecordAt(),
                counters.lastError());
    }

    private State state() {
        return State.ofListener(closed, serverChannel != null, bindFailed, counters.paused(), !connections.isEmpty());
    }

    /** Stops listening and closes the open connections (their last partial records are journaled). */
    @Override
    public void close() {
        closed = true;
        Channel channel = serverChannel;
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        connections.close().awaitUninterruptibly();
    }

    private ChannelHandler acceptor() {
        CdrChannelInitializer pipeline =
                new CdrChannelInitializer(config.pbxId(), config.maxRecordLength(), sink, counters, tls, null, 0);
        return new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                InetSocketAddress source = channel.remoteAddress();
                if (!allowedSources.allows(source)) {
                    refusedConnections.incrementAndGet();
                    log.warn("{} refused a connection from {}: source not allowed", name(), source);
                    channel.close();
                    return;
                }
                log.info("{} accepted a connection from {}", name(), source);
                connections.add(channel);
                pipeline.install(channel);
            }
        };
    }
}
