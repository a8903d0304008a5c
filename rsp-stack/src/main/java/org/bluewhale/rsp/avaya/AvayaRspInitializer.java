package org.bluewhale.rsp.avaya;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.journal.RecordSink;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.RspListener;

/** The receive pipeline of an Avaya adjunct-mode connection and the listener that installs it. */
public final class AvayaRspInitializer {

    private AvayaRspInitializer() {
    }

    /**
     * @param deadPeerTimeout a connection silent this long (no data, no keep-alive) is closed;
     *                        keep it above CM's Connectivity Timer (60 s by default)
     */
    public static RspListener listener(String pbxId, String bindAddress, int port, Duration deadPeerTimeout,
                                       RecordSink sink, EventLoopGroup group) {
        RspCounters counters = new RspCounters();
        AvayaJournaledPackets journaled = new AvayaJournaledPackets();
        return new RspListener("avaya-rsp", pbxId, bindAddress, port, counters,
                channel -> install(channel, pbxId, deadPeerTimeout, sink, counters, journaled), group);
    }

    static void install(Channel channel, String pbxId, Duration deadPeerTimeout, RecordSink sink,
                        RspCounters counters, AvayaJournaledPackets journaled) {
        channel.pipeline().addLast("idle", new IdleStateHandler(deadPeerTimeout.toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        channel.pipeline().addLast("framer", new AvayaRspFrameDecoder());
        channel.pipeline().addLast("encoder", new AvayaRspFrameEncoder());
        channel.pipeline().addLast("session", new AvayaRspSessionHandler(pbxId, sink, counters, journaled));
    }
}
