package org.bluewhale.connectors.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.RecordSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals the {@link Frame}s of one channel: the frames of a read burst are collected and
 * handed to the {@link RecordSink} in a single {@code append} at {@code channelReadComplete},
 * so the journal sees a few large batches instead of one call per record.
 *
 * <p>Backpressure: after an append, if the sink is no longer accepting (journal disk budget
 * exhausted), the channel stops reading ({@code autoRead} off) and the kernel's socket buffers
 * then hold the PBX back; reading resumes when the sink calls back. Frames already read are
 * always appended, so nothing is dropped.
 *
 * <p>Errors (a failing append, a socket error) are logged, kept as the connector's last error,
 * and the channel is closed.
 */
public final class JournalingHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(JournalingHandler.class);
    private static final int INITIAL_BURST_CAPACITY = 256;

    private final String pbxId;
    private final RecordSink sink;
    private final ConnectorCounters counters;
    private List<Frame> burst = new ArrayList<>(INITIAL_BURST_CAPACITY);
    private long burstBytes;
    private boolean paused;

    public JournalingHandler(String pbxId, RecordSink sink, ConnectorCounters counters) {
        this.pbxId = pbxId;
        this.sink = sink;
        this.counters = counters;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        burst.add(frame);
        burstBytes += frame.bytes().length;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        appendBurst();
        if (!paused && !sink.accepting()) {
            pause(ctx.channel());
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        appendBurst();
        if (paused) {
            paused = false;
            counters.channelResumed();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        String description = cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + " (pbx " + pbxId + ", " + ctx.channel().remoteAddress() + ")";
        if (cause instanceof IOException || cause.getCause() instanceof SSLException) {
            // a reset, a timeout, a failed TLS handshake: the trace says nothing more
            log.warn("Closing connection: {}", description);
        } else {
            log.warn("Closing connection: {}", description, cause);
        }
        counters.error(description);
        ctx.close();
    }

    private void appendBurst() {
        if (burst.isEmpty()) {
            return;
        }
        List<Frame> frames = burst;
        long bytes = burstBytes;
        // A fresh list: the sink may keep a reference to the one it was given.
        burst = new ArrayList<>(Math.max(INITIAL_BURST_CAPACITY, frames.size()));
        burstBytes = 0;
        sink.append(pbxId, frames);
        counters.recordBurst(frames.size(), bytes, Instant.now());
    }

    private void pause(Channel channel) {
        paused = true;
        counters.channelPaused();
        channel.config().setAutoRead(false);
        log.warn("Journal full: pbx {} stops reading from {}", pbxId, channel.remoteAddress());
        sink.whenAccepting(() -> channel.eventLoop().execute(() -> resume(channel)));
    }

    private void resume(Channel channel) {
        if (!paused) {
            return;
        }
        paused = false;
        counters.channelResumed();
        log.info("Journal accepting again: pbx {} resumes reading from {}", pbxId, channel.remoteAddress());
        channel.config().setAutoRead(true);
    }
}
