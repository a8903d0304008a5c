package org.bluewhale.core.rawdump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the RAW DUMP: a follower of the raw journal (like the pipeline, on its own thread) that
 * copies each record into its PBX's current text file ({@link RawDumpFiles}), once per (PBX,
 * sequence). The journal stays the one crash-safe log that connectors append to, so their write
 * path and rate are untouched; the journal keeps every segment until this writer has copied it
 * (see {@link #position}), so the raw dump is complete after any crash.
 *
 * <p>Crash safety: every second (and before each rotation) the open files are flushed and forced,
 * then the checkpoint records the journal position reached and the sequences dumped. After a
 * crash the writer restarts from the checkpoint; lines written after it are in the open files,
 * whose torn last line is cut off and whose sequences are read back, so no record is written twice.
 */
public final class RawDumpWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RawDumpWriter.class);
    private static final long CHECKPOINT_MILLIS = 1_000;

    private final Journal journal;
    private final RawDumpFiles files;
    private final Function<String, RawDumpPolicy> policies;
    private final LongSupplier committed;
    private final Map<String, PbxRawDump> pbxs = new HashMap<>();
    private final RawDumpLineWriter lines = new RawDumpLineWriter();
    private final Thread thread;
    private volatile long stopAt = Long.MAX_VALUE; // set by close: copy up to there, then stop
    private volatile long checkpointed;
    private volatile Exception failure;
    private long written;
    private long lastCheckpointMillis;

    private RawDumpWriter(Journal journal, RawDumpFiles files, Function<String, RawDumpPolicy> policies,
                          LongSupplier committed) {
        this.journal = journal;
        this.files = files;
        this.policies = policies;
        this.committed = committed;
        this.thread = new Thread(this::run, "rawdump-writer");
        this.thread.setDaemon(true);
        this.thread.setPriority(ThreadPriorities.COPY); // a copy of the journal: it may fall behind in a burst
    }

    /**
     * Recovers the raw dump in {@code files} and starts copying the journal into it.
     *
     * @param policies  each PBX's keep and rotation
     * @param committed the position the database has committed: retention keeps any file past it
     */
    public static RawDumpWriter start(Journal journal, RawDumpFiles files, Function<String, RawDumpPolicy> policies,
                                      LongSupplier committed) {
        RawDumpWriter writer = new RawDumpWriter(journal, files, policies, committed);
        try {
            writer.recover();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the raw dump in " + files.root(), e);
        }
        writer.thread.start();
        return writer;
    }

    private void recover() throws IOException {
        Files.createDirectories(files.root());
        RawDumpCheckpoint checkpoint = RawDumpCheckpoint.load(files.root());
        for (String pbx : files.pbxs()) {
            pbxs.put(pbx, PbxRawDump.open(files, pbx, policies.apply(pbx),
                    checkpoint.dumped().getOrDefault(pbx, new SequenceRanges())));
        }
        // a raw dump started on an older journal copies what the journal still keeps
        checkpointed = Math.max(checkpoint.position(), journal.firstAvailablePosition() - 1);
        written = checkpointed;
    }

    /** The journal position up to which every record is in the raw dump files, on the device. */
    public long position() {
        return checkpointed;
    }

    /** Why the writer stopped, or null while it runs. */
    public Exception failure() {
        return failure;
    }

    private void run() {
        try (JournalReader reader = journal.openReader(written + 1)) {
            while (written < stopAt) {
                List<RawRecord> batch = reader.poll(10_000, 100);
                for (RawRecord record : batch) {
                    dump(record);
                }
                long now = System.currentTimeMillis();
                if (now - lastCheckpointMillis >= CHECKPOINT_MILLIS) {
                    checkpoint();
                    for (PbxRawDump dump : pbxs.values()) {
                        if (dump.expiredAt(now)) {
                            dump.rotate();
                        }
                        dump.deleteExpired(now, committed.getAsLong());
                    }
                }
            }
            checkpoint();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failure = e;
            log.error("the raw dump writer stopped; the journal keeps every record it has not copied", e);
        }
    }

    private void dump(RawRecord record) throws IOException {
        PbxRawDump dump = pbxs.get(record.pbxId());
        if (dump == null) {
            dump = PbxRawDump.open(files, record.pbxId(), policies.apply(record.pbxId()), new SequenceRanges());
            pbxs.put(record.pbxId(), dump);
        }
        if (dump.isNew(record)) {
            int length = lines.encode(record);
            if (dump.mustRotateFor(record, length)) {
                checkpoint(); // closed files then hold nothing past the checkpoint
                dump.rotate();
            }
            dump.write(record, lines.buffer(), length);
        }
        written = record.position();
    }

    private void checkpoint() throws IOException {
        if (written == checkpointed && lastCheckpointMillis > 0) {
            lastCheckpointMillis = System.currentTimeMillis();
            return; // nothing written since: the files were forced at the last checkpoint
        }
        for (PbxRawDump dump : pbxs.values()) {
            dump.flush(true);
        }
        Map<String, SequenceRanges> dumped = new HashMap<>();
        pbxs.forEach((pbx, dump) -> dumped.put(pbx, dump.dumped()));
        RawDumpCheckpoint.save(files.root(), written, dumped);
        checkpointed = written;
        lastCheckpointMillis = System.currentTimeMillis();
    }

    /** Copies what the journal holds now, then stops (connectors and replays are stopped first). */
    @Override
    public void close() {
        stopAt = journal.writtenPosition();
        try {
            thread.join(30_000);
            for (PbxRawDump dump : pbxs.values()) {
                dump.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("closing the raw dump: {}", e.toString());
        }
    }
}
