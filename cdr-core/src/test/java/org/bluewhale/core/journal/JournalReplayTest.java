package org.bluewhale.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReplayTest {

    private static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theRecordsReceivedInTheRangeAreAppendedAgainWithTheirOwnPbxAndSequence() throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), () -> 0L)) {
            journal.append("a", frames("a1", "a2"));
            Instant middle = after(journal.readAll(1).get(1).receivedAt());
            journal.append("b", frames("b1"));
            journal.append("a", frames("a3"));

            JournalReplay.Result onlyA = JournalReplay.replay(journal, middle, FAR_FUTURE, "a");
            assertEquals(new JournalReplay.Result(1, 5), onlyA);
            RawRecord copy = journal.readAll(5).get(0);
            assertEquals(List.of("a", "3", "a3"), List.of(copy.pbxId(), Long.toString(copy.sequence()), copy.text()));

            JournalReplay.Result early = JournalReplay.replay(journal, Instant.EPOCH, middle, null);
            assertEquals(2, early.records());
            assertEquals(List.of("a:1:a1", "a:2:a2"), journal.readAll(6).stream()
                    .map(r -> r.pbxId() + ":" + r.sequence() + ":" + r.text()).toList());
            assertEquals(4, journal.reserveSequences("a", 1), "a replay hands out no new sequence");
        }
    }

    @Test
    void anEmptyRangeIsRefused() {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), () -> 0L)) {
            assertThrows(IllegalArgumentException.class, () -> JournalReplay.replay(journal, FAR_FUTURE, Instant.EPOCH, null));
        }
    }

    /** A moment after {@code instant} by the clock records are stamped with. */
    private static Instant after(Instant instant) {
        Poll.until("the clock past the first records", () -> System.currentTimeMillis() > instant.toEpochMilli());
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }

    private static List<Frame> frames(String... texts) {
        return Arrays.stream(texts).map(t -> Frame.of(t.getBytes(StandardCharsets.US_ASCII))).toList();
    }
}
