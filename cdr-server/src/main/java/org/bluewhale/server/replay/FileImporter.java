package org.bluewhale.server.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bluewhale.core.journal.Journal;

/**
 * Journals the records of files (offline import, re-processing a raw dump). A file is identified
 * by its content, so importing it again gives its records the same keys: idempotent.
 */
public final class FileImporter {

    /** What one file became: its records are the PBX's sequences first .. first + count - 1. */
    public record Imported(Path file, String pbxId, long firstSequence, long count) {
    }

    private final Journal journal;
    private final ImportRegistry registry;
    private final int maxRecordLength;

    public FileImporter(Journal journal, int maxRecordLength) {
        this.journal = journal;
        this.registry = ImportRegistry.open(journal.config().directory().resolve("imports.log"), journal);
        this.maxRecordLength = maxRecordLength;
    }

    public Imported importFile(Path file, String pbxId) {
        try {
            long[] count = {0};
            FileFrames.read(file, maxRecordLength, 10_000, frames -> count[0] += frames.size());
            ImportRegistry.Entry entry = registry.entryFor(digest(file), pbxId, count[0], journal);
            long[] next = {entry.firstSequence()};
            FileFrames.read(file, maxRecordLength, 10_000, frames -> {
                journal.appendWithSequences(pbxId, frames, next[0]);
                next[0] += frames.size();
            });
            return new Imported(file, pbxId, entry.firstSequence(), entry.count());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import " + file + ": " + e.getMessage(), e);
        }
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
