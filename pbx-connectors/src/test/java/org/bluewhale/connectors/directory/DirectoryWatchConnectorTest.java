package org.bluewhale.connectors.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.spi.FileSink;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a real folder, imported into a real journal. */
class DirectoryWatchConnectorTest {

    /** Two CUCM-style rows and an Avaya row without a final line terminator: framing as over TCP. */
    private static final String RECORDS = "1,2,20261124091500,2001,004412345678,95\r\n"
            + "1,3,20261124091600,2002,62345678,60\n"
            + "241126 0917 0012 A   9           2003               0213456789";

    @TempDir
    Path temp;
    private Path drop;
    private Journal journal;
    private DirectoryWatchConnector connector;

    @BeforeEach
    void open() throws IOException {
        drop = Files.createDirectories(temp.resolve("drop"));
        journal = Journal.open(JournalConfig.defaults(temp.resolve("journal")), () -> 0L);
        connector = new DirectoryWatchConnector("cucm1", drop, Duration.ofMillis(20),
                new FileImports(journal, FileFrames.framing(pbx -> 8192)));
    }

    @AfterEach
    void close() {
        connector.close();
        journal.close();
    }

    @Test
    void aDroppedFileIsImportedOnceStableAndMovedToDone() throws Exception {
        Files.writeString(drop.resolve("cdr_201.txt"), RECORDS);

        connector.poll();
        assertTrue(journal.readAll(0).isEmpty(), "seen once: not known to be complete yet");
        connector.poll();

        List<RawRecord> journaled = journal.readAll(0);
        assertEquals(List.of("1,2,20261124091500,2001,004412345678,95", "1,3,20261124091600,2002,62345678,60",
                "241126 0917 0012 A   9           2003               0213456789"),
                journaled.stream().map(RawRecord::text).toList());
        assertEquals(List.of("cucm1", "cucm1", "cucm1"), journaled.stream().map(RawRecord::pbxId).toList());
        assertEquals(List.of(1L, 2L, 3L), journaled.stream().map(RawRecord::sequence).toList());
        assertFalse(Files.exists(drop.resolve("cdr_201.txt")));
        assertEquals(RECORDS, Files.readString(drop.resolve("done").resolve("cdr_201.txt")));
        assertEquals(3, connector.status().records());
        assertEquals(RECORDS.length() - 3, connector.status().bytes(), "record bytes without terminators");
        assertNotNull(connector.status().lastRecordAt());
        assertEquals(State.LISTENING, connector.status().state());
    }

    @Test
    void aFileInProgressIsIgnoredUntilRenamed() throws Exception {
        Path inProgress = Files.writeString(drop.resolve("_cdr_StandAloneCluster_01_202611240915_1"), RECORDS);
        Files.writeString(drop.resolve(".partial"), RECORDS);
        for (int i = 0; i < 3; i++) {
            connector.poll();
        }
        assertTrue(journal.readAll(0).isEmpty());
        assertTrue(Files.exists(inProgress));

        Files.move(inProgress, drop.resolve("cdr_StandAloneCluster_01_202611240915_1"));
        connector.poll();
        connector.poll();
        assertEquals(3, journal.readAll(0).size());
        assertTrue(Files.exists(drop.resolve("done").resolve("cdr_StandAloneCluster_01_202611240915_1")));
        assertTrue(Files.exists(drop.resolve(".partial")), "dot files are never taken");
    }

    @Test
    void aGrowingFileIsTakenOnlyOnceItStopsChanging() throws Exception {
        Path file = drop.resolve("cdr_202.txt");
        String[] lines = RECORDS.split("(?<=\n)");
        Files.writeString(file, lines[0]);
        connector.poll();
        Files.writeString(file, lines[1], StandardOpenOption.APPEND);
        connector.poll();
        assertTrue(journal.readAll(0).isEmpty(), "it grew between two polls");
        Files.writeString(file, lines[2], StandardOpenOption.APPEND);
        connector.poll();
        assertTrue(journal.readAll(0).isEmpty(), "it grew again");

        connector.poll();
        assertEquals(3, journal.readAll(0).size(), "the whole file, not a head of it");
    }

    @Test
    void theSameContentDroppedTwiceKeepsItsSequences() throws Exception {
        Files.writeString(drop.resolve("cdr_301.txt"), RECORDS);
        connector.poll();
        connector.poll();
        Files.writeString(drop.resolve("cdr_302.txt"), "1,9,20261124100000,2009,0213000000,30\n");
        Files.writeString(drop.resolve("copy-of-cdr_301.txt"), RECORDS);
        Files.createDirectories(drop.resolve("done"));
        Files.writeString(drop.resolve("done").resolve("copy-of-cdr_301.txt"), "an older file of that name");
        connector.poll();
        connector.poll();

        List<RawRecord> journaled = journal.readAll(0);
        // listed in name order: cdr_302.txt, then copy-of-cdr_301.txt
        assertEquals(List.of(1L, 2L, 3L, 4L, 1L, 2L, 3L), journaled.stream()
                .map(RawRecord::sequence).toList(), "the new file gets 4, the copy reuses 1..3");
        assertEquals(journaled.subList(0, 3).stream().map(RawRecord::text).toList(),
                journaled.subList(4, 7).stream().map(RawRecord::text).toList());
        assertEquals(RECORDS, Files.readString(drop.resolve("done").resolve("copy-of-cdr_301-1.txt")),
                "a name clash in done/ gets a suffix");
        assertEquals("an older file of that name", Files.readString(drop.resolve("done").resolve("copy-of-cdr_301.txt")));
    }

    @Test
    void anUnreadableFileGoesToFailedWithItsReasonAndTheOthersGoOn() throws Exception {
        FileImports imports = new FileImports(journal, FileFrames.framing(pbx -> 8192));
        // Tests run as root, who can read any file: the read error is injected for one name
        FileSink failingDisk = new FileSink() {
            @Override
            public Imported importFile(String pbxId, Path file) {
                if (file.getFileName().toString().startsWith("bad")) {
                    throw new UnreadableFileException("cannot read " + file + ": Input/output error", null);
                }
                return imports.importFile(pbxId, file);
            }

            @Override
            public boolean accepting() {
                return imports.accepting();
            }
        };
        try (DirectoryWatchConnector watcher = new DirectoryWatchConnector("cucm1", drop, Duration.ofMillis(20),
                failingDisk)) {
            Files.writeString(drop.resolve("bad_sector.txt"), RECORDS);
            Files.writeString(drop.resolve("cdr_501.txt"), RECORDS);
            watcher.poll();
            watcher.poll();

            Path failed = drop.resolve("failed");
            assertEquals(RECORDS, Files.readString(failed.resolve("bad_sector.txt")));
            assertTrue(Files.readString(failed.resolve("bad_sector.txt.reason.txt")).contains("Input/output error"));
            assertTrue(watcher.status().lastError().contains("bad_sector.txt"), watcher.status().lastError());
            assertTrue(Files.exists(drop.resolve("done").resolve("cdr_501.txt")));
            assertEquals(3, journal.readAll(0).size());
        }
    }

    @Test
    void aMissingFolderIsReportedAndWatchedOnceItAppears() throws IOException {
        Path later = temp.resolve("not-yet");
        try (DirectoryWatchConnector watcher = new DirectoryWatchConnector("cucm1", later, Duration.ofMillis(20),
                new FileImports(journal, FileFrames.framing(pbx -> 8192)))) {
            watcher.start();
            Poll.until("FAILING", () -> watcher.status().state() == State.FAILING);
            assertTrue(watcher.status().lastError().contains("not-yet"), watcher.status().lastError());

            Files.createDirectories(later);
            Files.writeString(later.resolve("cdr_401.txt"), RECORDS);
            Poll.until("the file imported after the folder appeared",
                    () -> Files.exists(later.resolve("done").resolve("cdr_401.txt")));
            assertEquals(State.LISTENING, watcher.status().state());
            assertEquals(3, watcher.status().records());
        }
    }
}
