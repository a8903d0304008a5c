package org.bluewhale.core.rawdump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.journal.JournalReplay;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawDumpWriterTest {

    private static final RawDumpPolicy SMALL_FILES = new RawDumpPolicy(Duration.ofDays(1), Duration.ofHours(1), 400);

    @TempDir
    Path dir;

    @Test
    void eachPbxHasItsOwnFilesRotatedBySizeWithEveryRecordOnceEvenAfterAReplay() throws Exception {
        RawDumpFiles files = new RawDumpFiles(dir.resolve("rawdump"));
        try (Journal journal = Journal.open(JournalConfig.defaults(dir.resolve("journal")), () -> 0L);
             RawDumpWriter writer = RawDumpWriter.start(journal, files,
                     pbx -> pbx.equals("small") ? SMALL_FILES : RawDumpPolicy.defaults(), () -> 0L)) {
            byte[] binary = {'A', '\\', 0, (byte) 0xe4, '\t', 'z'};
            journal.append("small", List.of(Frame.of(binary)));
            journal.append("small", frames("small", 40));
            journal.append("big", frames("big", 40));
            awaitCopied(journal, writer);

            List<RawDumpFile> small = files.list("small");
            assertTrue(small.size() >= 5, "400-byte files: " + small);
            assertEquals(41, small.stream().mapToLong(RawDumpFile::records).sum());
            assertEquals(List.of(true), small.stream().filter(RawDumpFile::open).map(RawDumpFile::open).toList(),
                    "only the newest file is open");
            for (RawDumpFile file : small) {
                assertEquals(Files.size(file.path()), file.bytes());
                assertTrue(file.bytes() <= 400, file.name() + " is " + file.bytes() + " bytes");
                assertFalse(file.from().isAfter(file.to()));
            }
            assertEquals(1, files.list("big").size(), "the default rotates at 64 MB");
            assertEquals(List.of("big", "small"), files.pbxs());

            List<RawDumpLine> lines = files.read("small", Instant.EPOCH, Instant.now().plusSeconds(1), 0, 1000).lines();
            assertArrayEquals(binary, lines.get(0).bytes(), "the escaping gives back every byte");
            assertEquals("A\\x5c\\x00\\xe4\\x09z", lines.get(0).text());
            assertEquals(IntStream.rangeClosed(1, 41).boxed().toList(), lines.stream().map(l -> (int) l.sequence()).toList());

            JournalReplay.replay(journal, Instant.EPOCH, Instant.now().plusSeconds(1), null);
            awaitCopied(journal, writer);
            assertEquals(41, files.read("small", Instant.EPOCH, Instant.now().plusSeconds(1), 0, 1000).lines().size(),
                    "a replayed record (same PBX and sequence) is not dumped again");
            assertEquals(40, files.list("big").get(0).records());
        }
    }

    @Test
    void aTimeRangeIsReadPageByPage() throws Exception {
        RawDumpFiles files = new RawDumpFiles(dir.resolve("rawdump"));
        try (Journal journal = Journal.open(JournalConfig.defaults(dir.resolve("journal")), () -> 0L);
             RawDumpWriter writer = RawDumpWriter.start(journal, files, pbx -> SMALL_FILES, () -> 0L)) {
            journal.append("p", frames("early", 3));
            Instant middle = clockPast(journal.readAll(1).get(2).receivedAt());
            journal.append("p", frames("late", 7));
            awaitCopied(journal, writer);

            List<String> seen = new ArrayList<>();
            long after = 0;
            int pages = 0;
            do {
                RawDumpFiles.Page page = files.read("p", middle, Instant.now().plusSeconds(1), after, 3);
                page.lines().forEach(l -> seen.add(new String(l.bytes(), StandardCharsets.US_ASCII)));
                after = page.next();
                pages++;
            } while (after >= 0);
            assertEquals(IntStream.range(0, 7).mapToObj(i -> "late-" + i).toList(), seen);
            assertEquals(3, pages, "pages of 3, 3 and 1");
            assertEquals(3, files.read("p", Instant.EPOCH, middle, 0, 100).lines().size());
        }
    }

    @Test
    void aRestartAfterACrashCutsTheTornLineAndWritesNoRecordTwice() throws Exception {
        RawDumpFiles files = new RawDumpFiles(dir.resolve("rawdump"));
        Path checkpoint = files.root().resolve("checkpoint");
        Path earlier = dir.resolve("checkpoint-earlier");
        try (Journal journal = Journal.open(JournalConfig.defaults(dir.resolve("journal")), () -> 0L)) {
            try (RawDumpWriter writer = RawDumpWriter.start(journal, files, pbx -> SMALL_FILES, () -> 0L)) {
                journal.append("p", frames("first", 10));
                awaitCopied(journal, writer);
                Files.copy(checkpoint, earlier);
                journal.append("p", frames("second", 10));
                awaitCopied(journal, writer);
            }
            // the crash: the checkpoint of the first ten, the lines of all twenty, and half a line
            Files.copy(earlier, checkpoint, StandardCopyOption.REPLACE_EXISTING);
            RawDumpFile open = files.list("p").stream().filter(RawDumpFile::open).findFirst().orElseThrow();
            Files.writeString(open.path(), "2026-12-06T20:4", StandardOpenOption.APPEND);
            journal.append("p", frames("third", 5));

            try (RawDumpWriter writer = RawDumpWriter.start(journal, files, pbx -> SMALL_FILES, () -> 0L)) {
                awaitCopied(journal, writer);
                List<RawDumpLine> lines = files.read("p", Instant.EPOCH, Instant.now().plusSeconds(1), 0, 100).lines();
                assertEquals(IntStream.rangeClosed(1, 25).boxed().toList(),
                        lines.stream().map(l -> (int) l.sequence()).toList(), "every record once, in order");
                for (RawDumpFile file : files.list("p")) {
                    assertTrue(Files.readString(file.path(), StandardCharsets.ISO_8859_1).endsWith("\n"),
                            file.name() + " ends with a whole line");
                }
            }
        }
    }

    @Test
    void retentionDeletesOnlyOldFilesWhoseRecordsTheDatabaseHasCommitted() throws Exception {
        RawDumpFiles files = new RawDumpFiles(dir.resolve("rawdump"));
        AtomicLong committed = new AtomicLong();
        RawDumpPolicy keepOneMilli = new RawDumpPolicy(Duration.ofMillis(1), Duration.ofHours(1), 400);
        try (Journal journal = Journal.open(JournalConfig.defaults(dir.resolve("journal")), () -> 0L);
             RawDumpWriter writer = RawDumpWriter.start(journal, files, pbx -> keepOneMilli, committed::get)) {
            journal.append("p", frames("record", 30));
            awaitCopied(journal, writer);
            List<RawDumpFile> before = files.list("p");
            assertTrue(before.size() >= 3, before.toString());
            committed.set(before.get(0).lastPosition());

            Poll.until("the first file, old and committed, to be deleted", () -> !Files.exists(before.get(0).path()));
            assertTrue(Files.exists(before.get(1).path()), "the second holds records the database has not committed");
            assertEquals(before.subList(1, before.size()).stream().map(RawDumpFile::name).toList(),
                    files.list("p").stream().map(RawDumpFile::name).toList());
        }
    }

    private static void awaitCopied(Journal journal, RawDumpWriter writer) {
        long written = journal.writtenPosition();
        Poll.until("the raw dump to reach position " + written, () -> writer.position() >= written);
    }

    private static Instant clockPast(Instant instant) {
        Poll.until("the clock past " + instant, () -> System.currentTimeMillis() > instant.toEpochMilli());
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }

    private static List<Frame> frames(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> Frame.of((prefix + "-" + i).getBytes(StandardCharsets.US_ASCII)))
                .toList();
    }
}
