package org.bluewhale.core.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.core.RawRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private final AtomicLong committed = new AtomicLong();

    private static List<Frame> lines(String prefix, int count) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(Frame.of((prefix + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return frames;
    }

    private Journal open(JournalConfig config) {
        return Journal.open(config, committed::get);
    }

    @Test
    void recordsComeBackInOrderWithPositionsAndPerPbxSequences() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            journal.append("avaya1", lines("a", 3));
            journal.append("cucm1", lines("c", 2));
            journal.append("avaya1", List.of(new Frame("long".getBytes(), true)));

            List<RawRecord> all = journal.readAll(1);
            assertEquals(6, all.size());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), all.stream().map(RawRecord::position).toList());
            assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 4L), all.stream().map(RawRecord::sequence).toList());
            assertEquals("c1", all.get(4).text());
            assertEquals("cucm1", all.get(4).pbxId());
            assertTrue(all.get(5).truncated());
            assertFalse(all.get(0).truncated());
            assertEquals(6, journal.writtenPosition());
        }
    }

    @Test
    void readerFollowsAcrossRotatedSegmentsAndStartsAnywhere() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir).withSegmentBytes(4096))) {
            for (int i = 0; i < 50; i++) {
                journal.append("pbx", lines("record-" + i + "-", 20));
            }
            assertTrue(Segment.list(dir).size() > 10, "segments: " + Segment.list(dir).size());
            List<RawRecord> all = journal.readAll(1);
            assertEquals(1000, all.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i).position());
                assertEquals(i + 1, all.get(i).sequence());
            }
            List<RawRecord> tail = journal.readAll(777);
            assertEquals(224, tail.size());
            assertEquals("record-38-16", tail.get(0).text());
        }
    }

    @Test
    void aWaitingReaderWakesUpOnAppend() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            List<RawRecord> got = new ArrayList<>();
            CountDownLatch polling = new CountDownLatch(1);
            Thread follower = new Thread(() -> {
                try (JournalReader reader = journal.openReader(1)) {
                    polling.countDown();
                    got.addAll(reader.poll(10, 10_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            follower.start();
            assertTrue(polling.await(5, TimeUnit.SECONDS));
            journal.append("pbx", lines("x", 1));
            follower.join(10_000);
            assertEquals(1, got.size());
        }
    }

    @Test
    void reopenRecoversPositionsAndSequencesAndCutsATornTail() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir).withSegmentBytes(2048))) {
            for (int i = 0; i < 10; i++) {
                journal.append("a", lines("a", 10));
                journal.append("b", lines("b", 5));
            }
        }
        List<Path> segments = Segment.list(dir);
        Path last = segments.get(segments.size() - 1);
        long goodSize = Files.size(last);
        Files.write(last, new byte[] {0, 0, 0, 60, 1, 2, 3}, StandardOpenOption.APPEND); // a torn entry

        try (Journal journal = open(JournalConfig.defaults(dir).withSegmentBytes(2048))) {
            assertEquals(goodSize, Files.size(last));
            assertEquals(150, journal.writtenPosition());
            journal.append("a", lines("after", 1));
            journal.append("b", lines("after", 1));
            journal.append("new", lines("after", 1));
            List<RawRecord> tail = journal.readAll(151);
            assertEquals(List.of(101L, 51L, 1L), tail.stream().map(RawRecord::sequence).toList());
            assertEquals(153, tail.get(2).position());
        }
    }

    @Test
    void aCorruptedEntryEndsTheValidData() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            journal.append("a", lines("abcdefgh", 3));
        }
        Path segment = Segment.list(dir).get(0);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 2] ^= 0x55; // flip payload bits of the last entry
        Files.write(segment, bytes);
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            assertEquals(2, journal.writtenPosition());
            assertEquals("abcdefgh1", journal.readAll(1).get(1).text());
        }
    }

    @Test
    void reservedSequencesGiveAReimportTheSameKeys() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            journal.append("pbx", lines("live", 2));
            long first = journal.reserveSequences("pbx", 3);
            journal.append("pbx", lines("live-after", 1));
            journal.appendWithSequences("pbx", lines("file", 3), first);
            journal.appendWithSequences("pbx", lines("file", 3), first);
            List<Long> sequences = journal.readAll(1).stream().map(RawRecord::sequence).toList();
            assertEquals(List.of(1L, 2L, 6L, 3L, 4L, 5L, 3L, 4L, 5L), sequences);
        }
    }

    @Test
    void retentionDeletesOnlyCommittedSegmentsAndTheBudgetPausesUntilTheStoreCatchesUp() throws Exception {
        JournalConfig config = new JournalConfig(dir, 4096, Duration.ofHours(1), Duration.ofDays(1), 16_384,
                Duration.ofMillis(50));
        try (Journal journal = open(config)) {
            byte[] payload = new byte[200];
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                frames.add(Frame.of(payload));
            }
            journal.append("pbx", frames);
            assertFalse(journal.accepting(), "20 KB written against a 16 KB budget");
            assertEquals(1, journal.stats().pauses());
            CountDownLatch resumed = new CountDownLatch(1);
            journal.whenAccepting(resumed::countDown);
            assertFalse(resumed.await(300, TimeUnit.MILLISECONDS), "nothing committed, nothing may be deleted");
            assertEquals(1, Segment.firstPosition(Segment.list(dir).get(0)));

            committed.set(100);
            assertTrue(resumed.await(10, TimeUnit.SECONDS), "committed segments deleted, connectors resume");
            assertTrue(journal.accepting());
            assertTrue(Segment.firstPosition(Segment.list(dir).get(0)) > 1);
            assertTrue(journal.stats().bytes() <= 16_384);
            assertEquals(100, journal.stats().writtenPosition());
        }
    }

    @Test
    void aSegmentTheSecondFollowerHasNotCopiedIsKeptThoughTheStoreCommittedIt() throws Exception {
        JournalConfig config = new JournalConfig(dir, 4096, Duration.ofHours(1), Duration.ofDays(1), 16_384,
                Duration.ofMillis(50));
        AtomicLong copied = new AtomicLong();
        committed.set(100);
        try (Journal journal = Journal.open(config, committed::get, () -> Math.min(committed.get(), copied.get()))) {
            journal.append("pbx", Collections.nCopies(100, Frame.of(new byte[200])));
            CountDownLatch resumed = new CountDownLatch(1);
            journal.whenAccepting(resumed::countDown);
            assertFalse(resumed.await(300, TimeUnit.MILLISECONDS), "committed but not copied: nothing may be deleted");
            assertEquals(1, Segment.firstPosition(Segment.list(dir).get(0)));
            assertEquals(100, journal.stats().committedPosition(), "the stats still report the store's position");

            copied.set(100);
            assertTrue(resumed.await(10, TimeUnit.SECONDS), "copied and committed segments deleted");
            assertTrue(Segment.firstPosition(Segment.list(dir).get(0)) > 1);
        }
    }

    @Test
    void aSegmentWhoseHeaderNeverReachedDiskIsDropped() throws IOException {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            journal.append("a", lines("x", 4));
        }
        Files.write(Segment.path(dir, 5), new byte[3]);
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            assertEquals(4, journal.writtenPosition());
            journal.append("a", lines("y", 1));
            assertEquals(5, journal.writtenPosition());
        }
    }

    @Test
    void appendNewJournalsOnlyWhatItDoesNotHoldAndSurvivesAReopen() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            assertEquals(1, journal.nextSequence("ru1"));
            assertEquals(4, journal.appendNew("ru1", lines("a", 3), 1));
            assertEquals(6, journal.appendNew("ru1", lines("b", 4), 2), "2..3 held already, 4..5 new");
            assertEquals(6, journal.appendNew("ru1", lines("c", 2), 3), "all held: nothing appended");
            assertEquals(12, journal.appendNew("ru1", lines("d", 2), 10), "a gap is allowed");
        }
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            assertEquals(12, journal.nextSequence("ru1"));
            List<RawRecord> all = journal.readAll(1);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 10L, 11L), all.stream().map(RawRecord::sequence).toList());
            assertEquals(List.of("a0", "a1", "a2", "b2", "b3", "d0", "d1"), all.stream().map(RawRecord::text).toList());
        }
    }

    @Test
    void appendAgainJournalsHeldRecordsWithTheirSequencesAndNewOnesOnce() throws Exception {
        try (Journal journal = open(JournalConfig.defaults(dir))) {
            journal.appendNew("ru1", lines("a", 5), 1);
            assertEquals(8, journal.appendAgain("ru1", lines("r", 4), 4), "4..5 held (journaled again), 6..7 new");
            assertEquals(9, journal.appendNew("ru1", lines("live", 3), 6), "the live session's 6..7 are held now");
            List<RawRecord> all = journal.readAll(1);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 4L, 5L, 6L, 7L, 8L),
                    all.stream().map(RawRecord::sequence).toList());
            assertEquals(List.of("r0", "r1", "r2", "r3", "live2"),
                    all.subList(5, 10).stream().map(RawRecord::text).toList());
        }
    }
}
