package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.remote.FeedStatus.Link;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspFrame;
import org.bluewhale.rsp.bluewhale.RspSender;

/**
 * One local PBX of a remote unit: its connector journals the PBX's records into the feed's own
 * journal (and acknowledges them to the PBX only then, where the protocol has acknowledgements);
 * an {@link RspSender} forwards the journal to the server and resumes from the server's next
 * sequence after any interruption. An administrator's re-send of a time range goes in sessions
 * of its own ({@link FeedResends}).
 */
final class LocalFeed implements AutoCloseable {

    private final String pbxId;
    private final Journal journal;
    private final JournalOutbox outbox;
    private final RspSender sender;
    private final Connector connector;
    private final FeedResends resends;
    private long lastSeenPosition;
    private volatile Instant lastRecordAt;

    private LocalFeed(String pbxId, JournalConfig journalConfig, Function<Journal, Connector> connectors,
                      RspClientConfig forward, EventLoopGroup loops, ResendRequests requests, Executor resendWorker) {
        this.pbxId = pbxId;
        LocalFeed[] self = {null};
        this.journal = Journal.open(journalConfig, () -> self[0] == null ? 0 : self[0].deletableThrough());
        this.outbox = new JournalOutbox(journal);
        this.resends = new FeedResends(pbxId, journal, forward, loops, requests, resendWorker);
        self[0] = this;
        this.lastSeenPosition = journal.writtenPosition();
        this.sender = RspSender.start(forward, outbox, loops);
        this.connector = connectors.apply(journal);
        connector.start();
    }

    /**
     * Opens the feed's journal, starts forwarding what it holds and starts the connector.
     *
     * @param connectors   builds the PBX's connector around the journal it appends to
     * @param requests     where the administrator's re-send requests are answered
     * @param resendWorker finds the range of a re-send request, off the timer thread
     */
    static LocalFeed start(String pbxId, JournalConfig journal, Function<Journal, Connector> connectors,
                           RspClientConfig forward, EventLoopGroup loops, ResendRequests requests,
                           Executor resendWorker) {
        return new LocalFeed(pbxId, journal, connectors, forward, loops, requests, resendWorker);
    }

    /** What the journal's retention may delete: what the server acknowledged and no re-send still needs. */
    private long deletableThrough() {
        return Math.min(outbox.acknowledgedPosition(), resends.deletableThrough());
    }

    /** Notices new records: wakes an idle sender and remembers when the PBX last sent. Called periodically. */
    void tick() {
        long written = journal.writtenPosition();
        if (written != lastSeenPosition) {
            lastSeenPosition = written;
            lastRecordAt = Instant.now();
        }
        outbox.recordsArrived();
        resends.tick();
    }

    /** Starts an administrator's re-send of a time range of this PBX; runs on the re-send worker. */
    void resend(ResendRequests.Request request) {
        resends.start(request);
    }

    String pbxId() {
        return pbxId;
    }

    RspSender sender() {
        return sender;
    }

    Journal journal() {
        return journal;
    }

    /**
     * The feed's status, also sent to the server over the open session (what it cannot see: the
     * backlog as the unit knows it, the local connector's state and last error).
     */
    FeedStatus report() {
        FeedStatus status = status();
        sender.report(new RspFrame.Status(status.journaled(), status.acknowledged(), status.connector().state().name(),
                status.connector().lastError()));
        return status;
    }

    FeedStatus status() {
        Link link = sender.connected() ? Link.UP : sender.refused() ? Link.REFUSED : Link.DOWN;
        return new FeedStatus(pbxId, link, journal.writtenPosition(), outbox.acknowledgedPosition(),
                sender.sessions(), lastRecordAt, sender.lastError(), connector.status(), resends.pending());
    }

    /** Stops receiving first, then the link (what is unacknowledged stays journaled), then the journal. */
    @Override
    public void close() {
        connector.close();
        resends.close();
        sender.close();
        journal.close();
    }
}
