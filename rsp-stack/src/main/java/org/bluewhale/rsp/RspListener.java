package org.bluewhale.rsp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port RSP senders connect to, Bluewhale RSP or Avaya adjunct mode alike: binds, installs the
 * variant's pipeline on each accepted connection, and reports the listener's status.
 */
public final class RspListener implements Connector {

    /** Fired on every session when the listener closes, so a protocol can say goodbye first. */
    public enum Shutdown { EVENT }

    private static final Logger log = LoggerFactory.getLogger(RspListener.class);

    private final String kind;
    private final String pbxId;
    private final String bindAddress;
    private final int port;
    private final EventLoopGroup group;
    private final RspCounters counters;
    private final Consumer<Channel> pipeline;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile Channel serverChannel;
    private volatile boolean closed;
    private volatile boolean bindFailed;

    /**
     * @param kind     {@code rsp} or {@code avaya-rsp}, for names and logs
     * @param pipeline installs the variant's handlers on an accepted channel
     * @param group    the server's shared event loops; not closed here
     */
    public RspListener(String kind, String pbxId, String bindAddress, int port, RspCounters counters,
                       Consumer<Channel> pipeline, EventLoopGroup group) {
        this.kind = kind;
        this.pbxId = pbxId;
        this.bindAddress = bindAddress;
        this.port = port;
        this.counters = counters;
        this.pipeline = pipeline;
        this.group = group;
    }

    @Override
    public String name() {
        int shown = serverChannel == null ? port : boundPort();
        return kind + " " + bindAddress + ":" + shown + " (" + pbxId + ")";
    }

    @Override
    public void start() {
        ChannelFuture bind = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true) // acks must not wait for Nagle
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        connections.add(channel);
                        pipeline.accept(channel);
                    }
                })
                .bind(bindAddress, port)
                .awaitUninterruptibly();
        if (bind.isSuccess()) {
            serverChannel = bind.channel();
            log.info("{} listening on {}", name(), serverChannel.localAddress());
        } else {
            bindFailed = true;
            counters.error("cannot listen on " + bindAddress + ":" + port + ": " + bind.cause());
            log.error("{} cannot listen", name(), bind.cause());
        }
    }

    /** The port actually listened on (useful with port 0), or -1 when not listening. */
    public int boundPort() {
        Channel channel = serverChannel;
        return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public RspCounters counters() {
        return counters;
    }

    @Override
    public ConnectorStatus status() {
        return new ConnectorStatus(state(), counters.records(), counters.bytes(), counters.lastRecordAt(),
                counters.lastError());
    }

    private State state() {
        return State.ofListener(closed, serverChannel != null, bindFailed, counters.paused(), counters.openSessions() > 0);
    }

    /** Stops listening and closes the sessions (what they read is journaled, unacknowledged). */
    @Override
    public void close() {
        closed = true;
        Channel channel = serverChannel;
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        for (Channel connection : connections) {
            connection.eventLoop().submit(() -> connection.pipeline().fireUserEventTriggered(Shutdown.EVENT))
                    .awaitUninterruptibly();
        }
        connections.close().awaitUninterruptibly();
    }
}
