package org.bluewhale.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A re-send's outbox over a real journal, and the request files the command and the unit share. */
class ResendOutboxTest {

    @TempDir
    Path dir;

    @Test
    void aResendSendsItsRunWithItsOwnSequencesAndAResumedSessionContinuesAfterTheLastAck() {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir.resolve("journal")), () -> 0)) {
            journal.append("pbx", IntStream.rangeClosed(1, 100).mapToObj(i -> Frame.of(text(i))).toList());
            ResendOutbox outbox = new ResendOutbox(journal, 20, 59);
            assertEquals(20, outbox.open(101), "the server's next sequence does not matter");
            assertEquals(List.of("record 20", "record 21"), texts(outbox.read(20, 2)));
            assertEquals(38, outbox.read(22, 1000).size(), "no further than the run");
            assertEquals(List.of(), outbox.read(60, 10));
            outbox.acknowledged(30);
            assertEquals(30, outbox.deletableThrough(), "retention keeps what is still to be acknowledged");
            assertEquals(31, outbox.open(101), "a resumed session");
            assertEquals(List.of("record 31"), texts(outbox.read(31, 1)));
            assertFalse(outbox.done());
            outbox.acknowledged(100);
            assertTrue(outbox.done());
            assertEquals(40, outbox.records());
            outbox.close();
        }
    }

    @Test
    void aRequestWaitsUntilTheUnitAnswersDoneAndIsThenRemoved() {
        ResendRequests requests = new ResendRequests(dir);
        ResendRequests.Request request = requests.submit("cm1", Instant.parse("2026-11-24T00:00:00Z"),
                Instant.parse("2026-11-25T00:00:00Z"));
        assertEquals(List.of(request), requests.pending());
        assertTrue(requests.answerTo(request).isEmpty());
        requests.answer(request, new ResendRequests.Answer(ResendRequests.State.QUEUED, 40, 20, 59, ""));
        assertEquals(List.of(request), requests.pending(), "queued: carried out again after a crash");
        assertEquals(40, requests.answerTo(request).orElseThrow().records());
        requests.answer(request, new ResendRequests.Answer(ResendRequests.State.DONE, 40, 20, 59, ""));
        assertEquals(List.of(), requests.pending());
        assertEquals(ResendRequests.State.DONE, requests.answerTo(request).orElseThrow().state());
    }

    private static List<String> texts(List<byte[]> records) {
        return records.stream().map(r -> new String(r, StandardCharsets.US_ASCII)).toList();
    }

    private static byte[] text(int i) {
        return ("record " + i).getBytes(StandardCharsets.US_ASCII);
    }
}
