package org.bluewhale.connectors.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import org.bluewhale.core.journal.RecordSink;

/** Builds the receive pipeline of a CDR connection: line framing, then journaling. */
class CdrChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final String pbxId;
    private final int maxRecordLength;
    private final RecordSink sink;
    private final ConnectorCounters counters;

    CdrChannelInitializer(String pbxId, int maxRecordLength, RecordSink sink, ConnectorCounters counters) {
        this.pbxId = pbxId;
        this.maxRecordLength = maxRecordLength;
        this.sink = sink;
        this.counters = counters;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        install(channel);
    }

    void install(Channel channel) {
        channel.pipeline().addLast("framer", new CdrLineFrameDecoder(maxRecordLength));
        channel.pipeline().addLast("journal", new JournalingHandler(pbxId, sink, counters));
    }
}
