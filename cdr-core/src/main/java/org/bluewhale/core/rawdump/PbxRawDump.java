package org.bluewhale.core.rawdump;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.RawRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PBX's raw dump folder as its writer sees it: the open file it appends to, rotation by age
 * and size, the index of closed files, and retention. Used by {@link RawDumpWriter}'s thread only.
 */
final class PbxRawDump {

    private static final Logger log = LoggerFactory.getLogger(PbxRawDump.class);

    private final String pbx;
    private final Path dir;
    private final RawDumpPolicy policy;
    private final SequenceRanges dumped;
    private final List<RawDumpFile> closed = new ArrayList<>(); // the index, oldest first
    private Path file;
    private FileOutputStream stream;
    private BufferedOutputStream out;
    private long firstMillis;
    private long lastMillis;
    private long records;
    private long bytes;
    private long lastPosition;
    private boolean dirty;

    private PbxRawDump(String pbx, Path dir, RawDumpPolicy policy, SequenceRanges dumped) {
        this.pbx = pbx;
        this.dir = dir;
        this.policy = policy;
        this.dumped = dumped;
    }

    /**
     * Opens a PBX's folder after a stop or a crash: closed files a crash left out of the index are
     * indexed, the newest file is reopened with any torn last line cut off, and the sequences in
     * those files are added to {@code dumped}, so nothing written after the checkpoint is written again.
     */
    static PbxRawDump open(RawDumpFiles files, String pbx, RawDumpPolicy policy, SequenceRanges dumped)
            throws IOException {
        Path dir = files.directory(pbx);
        Files.createDirectories(dir);
        PbxRawDump dump = new PbxRawDump(pbx, dir, policy, dumped);
        dump.closed.addAll(RawDumpFiles.readIndex(pbx, dir));
        Set<String> indexed = dump.closed.stream().map(RawDumpFile::name).collect(Collectors.toCollection(HashSet::new));
        List<Path> unindexed = RawDumpFiles.unindexed(dir, indexed);
        for (int i = 0; i < unindexed.size(); i++) {
            Optional<RawDumpFile> found = RawDumpFiles.scan(pbx, unindexed.get(i), true, line -> {
                dumped.add(line.sequence());
                return true;
            });
            if (i < unindexed.size() - 1) {
                if (found.isPresent()) {
                    dump.appendIndex(found.get());
                }
            } else if (found.isPresent()) {
                dump.reopen(found.get());
            } else {
                Files.delete(unindexed.get(i)); // created, but a crash came before its first line
            }
        }
        return dump;
    }

    private void reopen(RawDumpFile found) throws IOException {
        try (FileChannel channel = FileChannel.open(found.path(), StandardOpenOption.WRITE)) {
            channel.truncate(found.bytes());
        }
        file = found.path();
        stream = new FileOutputStream(file.toFile(), true);
        out = new BufferedOutputStream(stream, 1 << 16);
        firstMillis = found.from().toEpochMilli();
        lastMillis = found.to().toEpochMilli();
        records = found.records();
        bytes = found.bytes();
        lastPosition = found.lastPosition();
    }

    /** False for a record already in the dump (a replay, a file imported again). */
    boolean isNew(RawRecord record) {
        return dumped.add(record.sequence());
    }

    /** True when the open file must be closed before {@code record} is written. */
    boolean mustRotateFor(RawRecord record, int lineBytes) {
        return file != null && (bytes + lineBytes > policy.rotateBytes()
                || record.receivedAt().toEpochMilli() - firstMillis >= policy.rotateEvery().toMillis());
    }

    /** True when the open file is past its age at {@code nowMillis}. */
    boolean expiredAt(long nowMillis) {
        return file != null && nowMillis - firstMillis >= policy.rotateEvery().toMillis();
    }

    void write(RawRecord record, byte[] line, int length) throws IOException {
        if (file == null) {
            file = dir.resolve(RawDumpFiles.fileName(record.receivedAt(), record.position()));
            stream = new FileOutputStream(file.toFile(), true);
            out = new BufferedOutputStream(stream, 1 << 16);
            firstMillis = record.receivedAt().toEpochMilli();
            records = 0;
            bytes = 0;
        }
        out.write(line, 0, length);
        lastMillis = record.receivedAt().toEpochMilli();
        lastPosition = record.position();
        records++;
        bytes += length;
        dirty = true;
    }

    /** Writes buffered lines to the file and, with {@code force}, to the device. */
    void flush(boolean force) throws IOException {
        if (dirty) {
            out.flush();
            if (force) {
                stream.getChannel().force(false);
            }
            dirty = !force;
        }
    }

    /** Closes the open file and lists it in the index; the caller has flushed and checkpointed first. */
    void rotate() throws IOException {
        if (file == null) {
            return;
        }
        out.flush();
        stream.getChannel().force(false);
        out.close();
        appendIndex(new RawDumpFile(pbx, file.getFileName().toString(), file, Instant.ofEpochMilli(firstMillis),
                Instant.ofEpochMilli(lastMillis), records, bytes, lastPosition, false));
        file = null;
        dirty = false;
    }

    private void appendIndex(RawDumpFile done) throws IOException {
        Files.writeString(dir.resolve(RawDumpFiles.INDEX), done.indexLine() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        closed.add(done);
    }

    /**
     * Deletes closed files whose last record is older than {@code keep} and that the database has
     * committed entirely; a file with a record past {@code committed} stays, however old.
     */
    void deleteExpired(long nowMillis, long committed) throws IOException {
        List<RawDumpFile> kept = closed.stream().filter(f -> !(nowMillis - f.to().toEpochMilli()
                > policy.keep().toMillis() && f.lastPosition() <= committed)).toList();
        if (kept.size() == closed.size()) {
            return;
        }
        for (RawDumpFile f : closed) { // files first: an index line without its file is skipped, a file without one is not
            if (!kept.contains(f) && Files.deleteIfExists(f.path())) {
                log.info("raw dump {} of PBX {} deleted: past its keep of {}", f.name(), pbx, policy.keep());
            }
        }
        Path next = dir.resolve(RawDumpFiles.INDEX + ".next");
        Files.writeString(next, kept.stream().map(f -> f.indexLine() + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8);
        Files.move(next, dir.resolve(RawDumpFiles.INDEX), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        closed.retainAll(kept);
    }

    SequenceRanges dumped() {
        return dumped;
    }

    void close() throws IOException {
        if (file != null) {
            out.flush();
            stream.getChannel().force(false);
            out.close();
            file = null;
        }
    }
}
