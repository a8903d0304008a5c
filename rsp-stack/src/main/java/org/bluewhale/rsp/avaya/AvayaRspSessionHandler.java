package org.bluewhale.rsp.avaya;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.RecordSink;
import org.bluewhale.rsp.JournalBackpressure;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.avaya.AvayaRspPacket.Data;
import org.bluewhale.rsp.avaya.AvayaRspPacket.KeepAlive;
import org.bluewhale.rsp.avaya.AvayaRspPacket.SessionStart;
import org.bluewhale.rsp.avaya.AvayaRspPacket.Unknown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adjunct's side of an Avaya "Reliable Protocol" session. Records of a read burst are
 * journaled in one append; only then are their data packets acknowledged, so CM keeps (and
 * resends) what the journal does not hold. A packet CM resends because an ack was lost (same
 * counter, same text as the previous one, or as the last packet journaled under that counter on an
 * earlier connection: {@link AvayaJournaledPackets}) is acknowledged again and not journaled twice.
 *
 * <p>Nothing unexpected ends the session: unknown bytes are logged with a hex dump and skipped,
 * data before the session start is journaled and acknowledged, a counter gap is logged.
 */
public final class AvayaRspSessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(AvayaRspSessionHandler.class);
    private static final int COUNTER_MODULO = 256;

    private final String pbxId;
    private final RecordSink sink;
    private final RspCounters counters;
    private final JournalBackpressure backpressure;
    private final AvayaJournaledPackets journaled;
    private final List<Data> burstPackets = new ArrayList<>();
    private List<Frame> burst = new ArrayList<>();
    private long burstBytes;
    private final List<Integer> acksDue = new ArrayList<>();
    private boolean started;
    private int lastSequence = -1;
    private byte[] lastText;

    AvayaRspSessionHandler(String pbxId, RecordSink sink, RspCounters counters, AvayaJournaledPackets journaled) {
        this.pbxId = pbxId;
        this.journaled = journaled;
        this.sink = sink;
        this.counters = counters;
        this.backpressure = new JournalBackpressure(sink, counters);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        counters.sessionOpened();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Data data) {
            data(ctx, data);
        } else if (msg instanceof KeepAlive) {
            ctx.write(AvayaRspReply.KEEP_ALIVE_ANSWER);
        } else if (msg instanceof SessionStart start) {
            log.info("Avaya RSP session start from {} (pbx {}): {}", ctx.channel().remoteAddress(), pbxId,
                    ByteBufUtil.hexDump(start.raw()));
            started = true;
            lastSequence = -1; // a new session may count from anywhere
            ctx.write(AvayaRspReply.SESSION_ACCEPTED);
        } else if (msg instanceof Unknown unknown) {
            String dump = ByteBufUtil.hexDump(unknown.raw());
            counters.error("pbx " + pbxId + ": " + unknown.why() + ", skipped " + unknown.raw().length + " byte(s): " + dump);
            log.warn("Avaya RSP from {} (pbx {}): {}; {} byte(s) skipped, session goes on:\n{}",
                    ctx.channel().remoteAddress(), pbxId, unknown.why(), unknown.raw().length,
                    ByteBufUtil.prettyHexDump(Unpooled.wrappedBuffer(unknown.raw())));
        }
    }

    private void data(ChannelHandlerContext ctx, Data data) {
        if (!started) {
            started = true; // a CM that skipped the start (or ours was lost): keep the data, say so
            log.warn("Avaya RSP from {} (pbx {}): data before any session start; accepted",
                    ctx.channel().remoteAddress(), pbxId);
        }
        if (data.sequence() == lastSequence && Arrays.equals(data.text(), lastText)
                || journaled.contains(data.sequence(), data.text())) {
            counters.duplicates(1);
            log.info("Avaya RSP pbx {}: packet {} received again (our ack was lost); acknowledged, not journaled again",
                    pbxId, data.sequence());
            acksDue.add(data.sequence());
            return;
        }
        if (lastSequence >= 0 && data.sequence() != (lastSequence + 1) % COUNTER_MODULO) {
            log.warn("Avaya RSP pbx {}: packet counter jumped from {} to {}", pbxId, lastSequence, data.sequence());
        }
        lastSequence = data.sequence();
        lastText = data.text();
        burstPackets.add(data);
        for (byte[] record : AvayaRecords.split(data.text())) {
            burst.add(Frame.of(record));
            burstBytes += record.length;
        }
        acksDue.add(data.sequence());
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        journalBurst();
        for (int sequence : acksDue) {
            ctx.write(new AvayaRspReply.Ack(sequence));
        }
        acksDue.clear();
        ctx.flush();
        backpressure.check(ctx.channel());
    }

    private void journalBurst() {
        if (burst.isEmpty()) {
            return;
        }
        List<Frame> frames = burst;
        burst = new ArrayList<>();
        sink.append(pbxId, frames);
        burstPackets.forEach(packet -> journaled.add(packet.sequence(), packet.text()));
        burstPackets.clear();
        counters.journaled(frames.size(), burstBytes);
        burstBytes = 0;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            counters.error("pbx " + pbxId + ": nothing received (not even a keep-alive) in time; connection closed");
            log.warn("Avaya RSP pbx {} ({}): silent past the dead-peer timeout; closing so CM reconnects", pbxId,
                    ctx.channel().remoteAddress());
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        journalBurst(); // unacknowledged: CM resends them on its next session, where they are recognised
        counters.sessionClosed();
        backpressure.release();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        String description = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        counters.error("pbx " + pbxId + ": " + description);
        if (cause instanceof IOException) {
            log.warn("Avaya RSP pbx {} ({}): connection lost: {}", pbxId, ctx.channel().remoteAddress(), description);
        } else {
            log.error("Avaya RSP pbx {} ({}): closing after an internal error", pbxId, ctx.channel().remoteAddress(),
                    cause);
        }
        ctx.close();
    }
}
