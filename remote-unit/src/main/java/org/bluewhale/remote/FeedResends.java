package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalRange;
import org.bluewhale.remote.ResendRequests.Answer;
import org.bluewhale.remote.ResendRequests.Request;
import org.bluewhale.remote.ResendRequests.State;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's re-sends of one feed: each request's time range is found in the feed's
 * journal and sent to the server once more, in a re-send session of its own beside the live one
 * ({@link RspClientConfig#forResend}), with the records' own sequences. The journal's retention
 * keeps what a re-send has still to send.
 */
final class FeedResends {

    private static final Logger log = LoggerFactory.getLogger(FeedResends.class);

    private record Running(Request request, ResendOutbox outbox, RspSender sender) {
    }

    private final String pbxId;
    private final Journal journal;
    private final RspClientConfig forward;
    private final EventLoopGroup loops;
    private final ResendRequests requests;
    private final Executor worker;
    private final List<Running> running = new CopyOnWriteArrayList<>();
    /** While a range is looked for: the journal keeps everything it had when the search began. */
    private volatile long searchHold = Long.MAX_VALUE;

    FeedResends(String pbxId, Journal journal, RspClientConfig forward, EventLoopGroup loops, ResendRequests requests,
                Executor worker) {
        this.pbxId = pbxId;
        this.journal = journal;
        this.forward = forward.forResend();
        this.loops = loops;
        this.requests = requests;
        this.worker = worker;
    }

    /** Finds the request's range and starts sending it; runs on the worker. */
    void start(Request request) {
        searchHold = journal.firstAvailablePosition() - 1;
        try {
            long[] run = new long[2]; // first and last position received in the range
            JournalRange.forEach(journal, request.from(), request.to(), pbxId, journal.writtenPosition(), r -> {
                run[0] = run[0] == 0 ? r.position() : run[0];
                run[1] = r.position();
            });
            if (run[0] == 0) {
                log.info("re-send {}: PBX {} received nothing from {} to {} that the journal still keeps (it keeps "
                        + "from position {})", request.name(), pbxId, request.from(), request.to(),
                        journal.firstAvailablePosition());
                requests.answer(request, new Answer(State.DONE, 0, 0, 0, ""));
                return;
            }
            // the journal is in order of arrival: the range is one run (a clock stepped back adds a few, harmlessly)
            ResendOutbox outbox = new ResendOutbox(journal, run[0], run[1]);
            running.add(new Running(request, outbox, RspSender.start(forward, outbox, loops)));
            requests.answer(request, new Answer(State.QUEUED, outbox.records(), run[0], run[1], ""));
            log.info("re-send {}: {} records of PBX {} received from {} to {} (sequences {} to {}) queued for the server",
                    request.name(), outbox.records(), pbxId, request.from(), request.to(), run[0], run[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("re-send {} of PBX {} failed: {}", request.name(), pbxId, e.toString());
            requests.answer(request, new Answer(State.FAILED, 0, 0, 0, e.toString()));
        } finally {
            searchHold = Long.MAX_VALUE;
        }
    }

    /** Ends the re-sends the server acknowledged entirely. Called periodically. */
    void tick() {
        for (Running resend : running) {
            if (resend.outbox().done() && running.remove(resend)) {
                worker.execute(() -> {
                    resend.sender().close();
                    resend.outbox().close();
                    requests.answer(resend.request(), new Answer(State.DONE, resend.outbox().records(),
                            resend.outbox().first(), resend.outbox().end() - 1, ""));
                    log.info("re-send {}: the server acknowledged all {} records of PBX {}", resend.request().name(),
                            resend.outbox().records(), pbxId);
                });
            }
        }
    }

    /** The journal position retention may delete through as far as the re-sends are concerned. */
    long deletableThrough() {
        long through = searchHold;
        for (Running resend : running) {
            through = Math.min(through, resend.outbox().deletableThrough());
        }
        return through;
    }

    /** Records queued for re-sending and not yet acknowledged. */
    long pending() {
        return running.stream().mapToLong(r -> r.outbox().end() - 1 - r.outbox().deletableThrough()).sum();
    }

    /** Stops the re-sends under way; their requests stay and start again with the unit. */
    void close() {
        for (Running resend : running) {
            resend.sender().close();
            resend.outbox().close();
        }
        running.clear();
    }
}
