package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import java.time.Instant;
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
 * sequence after any interruption.
 */
final class LocalFeed implements AutoCloseable {

    private final String pbxId;
    private final Journal journal;
    private final JournalOutbox outbox;
    private final RspSender sender;
    private final Connector connector;
    private long lastSeenPosition;
    private volatile Instant lastRecordAt;

    private LocalFeed(String pbxId, JournalConfig journalConfig, Function<Journal, Connector> connectors,
                      RspClientConfig forward, EventLoopGroup loops) {
        this.pbxId = pbxId;
        JournalOutbox[] holder = new JournalOutbox[1];
        this.journal = Journal.open(journalConfig, () -> holder[0] == null ? 0 : holder[0].acknowledgedPosition());
        this.outbox = holder[0] = new JournalOutbox(journal);
        this.lastSeenPosition = journal.writtenPosition();
        this.sender = RspSender.start(forward, outbox, loops);
        this.connector = connectors.apply(journal);
        connector.start();
    }

    /**
     * Opens the feed's journal, starts forwarding what it holds and starts the connector.
     *
     * @param connectors builds the PBX's connector around the journal it appends to
     */
    static LocalFeed start(String pbxId, JournalConfig journal, Function<Journal, Connector> connectors,
                           RspClientConfig forward, EventLoopGroup loops) {
        return new LocalFeed(pbxId, journal, connectors, forward, loops);
    }

    /** Notices new records: wakes an idle sender and remembers when the PBX last sent. Called periodically. */
    void tick() {
        long written = journal.writtenPosition();
        if (written != lastSeenPosition) {
            lastSeenPosition = written;
            lastRecordAt = Instant.now();
        }
        outbox.recordsArrived();
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
                sender.sessions(), lastRecordAt, sender.lastError(), connector.status());
    }

    /** Stops receiving first, then the link (what is unacknowledged stays journaled), then the journal. */
    @Override
    public void close() {
        connector.close();
        sender.close();
        journal.close();
    }
}
