package org.bluewhale.rsp.bluewhale;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.journal.SequencedSink;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.RspListener;

/**
 * The receive pipeline of a Bluewhale RSP connection: optional TLS, idle timers (keep-alive and
 * dead peer), framing, and the session handler.
 */
public final class RspServerInitializer {

    private final RspServerConfig config;
    private final SequencedSink sink;
    private final RspCounters counters;

    public RspServerInitializer(RspServerConfig config, SequencedSink sink, RspCounters counters) {
        this.config = config;
        this.sink = sink;
        this.counters = counters;
    }

    /** A listener for {@code config}'s PBX on {@code bindAddress:port} (0 picks a free port). */
    public static RspListener listener(RspServerConfig config, String bindAddress, int port, SequencedSink sink,
                                       EventLoopGroup group) {
        RspCounters counters = new RspCounters();
        return new RspListener("rsp", config.pbxId(), bindAddress, port, counters,
                new RspServerInitializer(config, sink, counters)::install, group);
    }

    public void install(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (config.tls() != null) {
            pipeline.addLast("tls", config.tls().newHandler(channel.alloc()));
        }
        pipeline.addLast("idle", new IdleStateHandler(config.deadPeerTimeout().toMillis(),
                config.keepAlive().toMillis(), 0, TimeUnit.MILLISECONDS));
        pipeline.addLast("framer", new RspFrameDecoder());
        pipeline.addLast("encoder", new RspFrameEncoder());
        pipeline.addLast("session", new RspServerHandler(config, sink, counters));
    }
}
