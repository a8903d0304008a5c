package org.bluewhale.rsp;

import io.netty.channel.Channel;
import org.bluewhale.core.journal.RecordSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops reading a channel while the journal's disk budget is exhausted and resumes when the
 * journal calls back. The sender then sees no acks and its window fills, so it waits: nothing
 * is dropped, nothing piles up in memory.
 */
public final class JournalBackpressure {

    private static final Logger log = LoggerFactory.getLogger(JournalBackpressure.class);

    private final RecordSink sink;
    private final RspCounters counters;
    private boolean paused;

    public JournalBackpressure(RecordSink sink, RspCounters counters) {
        this.sink = sink;
        this.counters = counters;
    }

    /** After an append, on the event loop: pause reading if the journal is full. */
    public void check(Channel channel) {
        if (paused || sink.accepting()) {
            return;
        }
        paused = true;
        counters.channelPaused();
        channel.config().setAutoRead(false);
        log.warn("Journal full: stop reading from {}", channel.remoteAddress());
        sink.whenAccepting(() -> channel.eventLoop().execute(() -> resume(channel)));
    }

    /** When the channel closes, so a paused channel is not counted for ever. */
    public void release() {
        if (paused) {
            paused = false;
            counters.channelResumed();
        }
    }

    private void resume(Channel channel) {
        if (!paused) {
            return;
        }
        release();
        log.info("Journal accepting again: resume reading from {}", channel.remoteAddress());
        channel.config().setAutoRead(true);
    }
}
