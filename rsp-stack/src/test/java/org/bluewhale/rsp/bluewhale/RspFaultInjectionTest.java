package org.bluewhale.rsp.bluewhale;

import static org.bluewhale.rsp.bluewhale.FaultyLink.Action.CUT;
import static org.bluewhale.rsp.bluewhale.FaultyLink.Action.DROP;
import static org.bluewhale.rsp.bluewhale.FaultyLink.Action.DUPLICATE;
import static org.bluewhale.rsp.bluewhale.FaultyLink.Action.FORWARD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bluewhale.rsp.bluewhale.FaultyLink.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sockets, a real journal, and a link that fails on purpose: after every kind of fault the
 * journal holds every record exactly once, in order.
 */
class RspFaultInjectionTest {

    private static final int COUNT = 20_000;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int DATA = RspFrameDecoder.DATA;
    private static final int ACK = RspFrameDecoder.ACK;

    @TempDir
    Path dir;
    private RspLoopback server;
    private final List<byte[]> records = RspLoopback.records(COUNT);

    @BeforeEach
    void startServer() {
        server = new RspLoopback(dir).listen(0);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Sends every record through {@code link}, waits for the last ACK, checks the journal. */
    private long sendThrough(FaultyLink link) throws Exception {
        MemoryOutbox outbox = new MemoryOutbox(5_000);
        try (RspSender sender = RspSender.start(RspLoopback.senderTo(link.port()), outbox)) {
            RspLoopback.produce(outbox, records);
            assertTrue(sender.awaitAcknowledged(COUNT, DEADLINE), "acknowledged: " + sender.acknowledged());
            server.assertJournalHoldsEachOnce(records);
            return sender.sessions();
        }
    }

    private FaultyLink link(FaultyLink.Faults faults) throws Exception {
        return new FaultyLink(new InetSocketAddress("127.0.0.1", server.port()), faults);
    }

    @Test
    void connectionsCutInTheMiddleOfAWindowLoseNothingAndDuplicateNothing() throws Exception {
        Set<Integer> cutAt = Set.of(15, 16, 47, 90, 133, 170);
        try (FaultyLink link = link((toServer, type, index) ->
                toServer && type == DATA && cutAt.contains(index) ? new Fault(CUT, 0) : Fault.FORWARD)) {
            long sessions = sendThrough(link);
            assertTrue(sessions >= 7, "one session per cut, and the first: " + sessions);
        }
    }

    @Test
    void duplicatedAndDelayedFramesAreHarmless() throws Exception {
        try (FaultyLink link = link((toServer, type, index) -> {
            if (type == DATA && index % 5 == 0) {
                return new Fault(DUPLICATE, 0);
            }
            if (type == DATA && index % 7 == 0) {
                return new Fault(FORWARD, 30);
            }
            return type == ACK && index % 3 == 0 ? new Fault(DUPLICATE, 5) : Fault.FORWARD;
        })) {
            sendThrough(link);
        }
        assertTrue(server.listener.counters().duplicates() >= 100 * (200 / 5) / 2,
                "duplicates dropped: " + server.listener.counters().duplicates());
    }

    @Test
    void lostAcksAreMadeUpByLaterOnesAndAStalledWindowResumes() throws Exception {
        try (FaultyLink link = link((toServer, type, index) -> {
            boolean lost = type == ACK && (index % 4 != 0 || (index >= 20 && index < 40));
            return lost ? new Fault(DROP, 0) : Fault.FORWARD;
        })) {
            long sessions = sendThrough(link);
            assertTrue(sessions >= 2, "the stalled window was resumed in a new session: " + sessions);
        }
    }

    @Test
    void aSenderThatRestartsWithoutKnowingWhatWasAcknowledgedResendsAndNothingIsDoubled() throws Exception {
        MemoryOutbox first = new MemoryOutbox(COUNT);
        try (RspSender sender = RspSender.start(RspLoopback.senderTo(server.port()), first)) {
            RspLoopback.produce(first, records);
            assertTrue(sender.awaitAcknowledged(COUNT / 3, DEADLINE));
        } // killed: its outbox and what it knew of acknowledgements are gone
        MemoryOutbox reloaded = MemoryOutbox.resuming(1, records, COUNT); // everything it had stored, from the start
        try (RspSender restarted = RspSender.start(RspLoopback.senderTo(server.port()), reloaded)) {
            assertTrue(restarted.awaitAcknowledged(COUNT, DEADLINE));
        }
        server.assertJournalHoldsEachOnce(records);
    }

    @Test
    void aServerRestartInTheMiddleOfTheStreamIsResumedFromItsJournal() throws Exception {
        MemoryOutbox outbox = new MemoryOutbox(5_000);
        try (RspSender sender = RspSender.start(RspLoopback.senderTo(server.port()), outbox)) {
            RspLoopback.produce(outbox, records);
            assertTrue(sender.awaitAcknowledged(COUNT / 3, DEADLINE));
            server.restart();
            assertTrue(sender.awaitAcknowledged(COUNT, DEADLINE), "acknowledged: " + sender.acknowledged());
            assertTrue(sender.sessions() >= 2);
        }
        server.assertJournalHoldsEachOnce(records);
    }

    @Test
    void twoSessionsOfOneSenderRacingEachOtherJournalEachRecordOnce() throws Exception {
        try (RspSender one = RspSender.start(RspLoopback.senderTo(server.port()), MemoryOutbox.resuming(1, records, COUNT));
             RspSender two = RspSender.start(RspLoopback.senderTo(server.port()), MemoryOutbox.resuming(1, records, COUNT))) {
            assertTrue(one.awaitAcknowledged(COUNT, DEADLINE));
            assertTrue(two.awaitAcknowledged(COUNT, DEADLINE));
        }
        server.assertJournalHoldsEachOnce(records);
    }
}
