package org.bluewhale.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit's outbox over a real journal: what a session reads, what a resumed session reads again. */
class JournalOutboxTest {

    @TempDir
    Path dir;
    private Journal journal;

    @BeforeEach
    void fill() {
        journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
        journal.append("pbx", IntStream.rangeClosed(1, 300).mapToObj(i -> Frame.of(text(i))).toList());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aResumedSessionGetsTheUnacknowledgedRecordsAgainThenTheRest() {
        JournalOutbox outbox = new JournalOutbox(journal);
        assertEquals(1, outbox.open(1));
        assertRecords(1, 100, outbox.read(1, 100));
        assertRecords(101, 100, outbox.read(101, 100));
        outbox.acknowledged(60);
        assertEquals(60, outbox.acknowledgedPosition());
        assertEquals(240, outbox.backlog());

        assertEquals(81, outbox.open(81), "the new session's server had 80"); // an ACK was lost on the way
        assertRecords(81, 50, outbox.read(81, 50));
        assertRecords(131, 70, outbox.read(131, 100)); // the rest of what was sent before, no further
        assertRecords(201, 100, outbox.read(201, 500));
        assertEquals(List.of(), outbox.read(301, 100), "nothing more journaled yet");
        assertEquals(301, outbox.end());
    }

    @Test
    void aServerThatLostRecordsGetsThemFromTheJournalAndARestartedUnitResumesWhereTheServerIs() {
        JournalOutbox outbox = new JournalOutbox(journal);
        outbox.open(1);
        outbox.read(1, 200);
        outbox.acknowledged(200);
        assertEquals(1, outbox.open(1), "the server was restored from an old backup: it has nothing");
        assertEquals(300, outbox.backlog(), "what the server lost counts as backlog again, and retention keeps it");
        assertRecords(1, 10, outbox.read(1, 10));

        JournalOutbox restarted = new JournalOutbox(journal);
        assertEquals(251, restarted.open(251));
        assertEquals(250, restarted.acknowledgedPosition());
        assertRecords(251, 50, restarted.read(251, 100));
    }

    private static void assertRecords(int first, int count, List<byte[]> records) {
        assertEquals(count, records.size(), "records from " + first);
        for (int i = 0; i < count; i++) {
            assertEquals(new String(text(first + i), StandardCharsets.US_ASCII),
                    new String(records.get(i), StandardCharsets.US_ASCII));
        }
    }

    private static byte[] text(int i) {
        return ("record " + i).getBytes(StandardCharsets.US_ASCII);
    }
}
