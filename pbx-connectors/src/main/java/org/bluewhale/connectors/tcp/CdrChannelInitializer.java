package org.bluewhale.connectors.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import org.bluewhale.core.journal.RecordSink;

/** Builds the receive pipeline of a CDR connection: TLS when configured, line framing, then journaling. */
class CdrChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final String pbxId;
    private final int maxRecordLength;
    private final RecordSink sink;
    private final ConnectorCounters counters;
    private final SslContext tls;
    private final String peerHost;
    private final int peerPort;

    /**
     * @param tls      null for plain TCP
     * @param peerHost the host a client connects to, checked against its certificate; null on the server side
     */
    CdrChannelInitializer(String pbxId, int maxRecordLength, RecordSink sink, ConnectorCounters counters,
                          SslContext tls, String peerHost, int peerPort) {
        this.pbxId = pbxId;
        this.maxRecordLength = maxRecordLength;
        this.sink = sink;
        this.counters = counters;
        this.tls = tls;
        this.peerHost = peerHost;
        this.peerPort = peerPort;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        install(channel);
    }

    void install(Channel channel) {
        if (tls != null) {
            channel.pipeline().addLast("tls", peerHost == null ? tls.newHandler(channel.alloc())
                    : tls.newHandler(channel.alloc(), peerHost, peerPort));
        }
        channel.pipeline().addLast("framer", new CdrLineFrameDecoder(maxRecordLength));
        channel.pipeline().addLast("journal", new JournalingHandler(pbxId, sink, counters));
    }
}
