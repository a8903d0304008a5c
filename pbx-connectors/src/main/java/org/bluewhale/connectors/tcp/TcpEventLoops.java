package org.bluewhale.connectors.tcp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Creates the one NIO event loop group the server shares among all TCP connectors. The server
 * owns it and shuts it down after closing the connectors; connectors never close it.
 */
public final class TcpEventLoops {

    private TcpEventLoops() {
    }

    /** A group of {@code threads} daemon threads named {@code bluewhale-tcp-*}. */
    public static EventLoopGroup newGroup(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("bluewhale-tcp", true),
                NioIoHandler.newFactory());
    }

    /** A group sized for a small server: at most two threads. */
    public static EventLoopGroup newGroup() {
        return newGroup(Math.min(2, Runtime.getRuntime().availableProcessors()));
    }
}
