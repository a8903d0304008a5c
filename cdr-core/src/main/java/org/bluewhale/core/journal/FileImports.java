package org.bluewhale.core.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bluewhale.core.spi.FileSink;

/**
 * Journals the records of files (offline replay, a watched directory). A file is identified by
 * its content digest, so importing it again gives its records the same keys: idempotent. The
 * reservations live in {@code imports.log} next to the journal segments ({@link ImportRegistry}).
 */
public final class FileImports implements FileSink {

    private static final int CHUNK_FRAMES = 10_000;

    private final Journal journal;
    private final FileFraming framing;
    private final ImportRegistry registry;

    /** Opens the registry and makes sure the journal never hands out a reserved sequence again. */
    public FileImports(Journal journal, FileFraming framing) {
        this.journal = journal;
        this.framing = framing;
        this.registry = ImportRegistry.open(journal.config().directory().resolve("imports.log"), journal);
    }

    @Override
    public Imported importFile(String pbxId, Path file) {
        long[] countAndBytes = {0, 0};
        String digest;
        try {
            digest = digest(file);
            framing.read(pbxId, file, frames -> {
                countAndBytes[0] += frames.size();
                for (Frame frame : frames) {
                    countAndBytes[1] += frame.bytes().length;
                }
            });
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + e, e);
        }
        ImportRegistry.Entry entry = registry.entryFor(digest, pbxId, countAndBytes[0], journal);
        long[] next = {entry.firstSequence()};
        try {
            framing.read(pbxId, file, frames -> {
                journal.appendWithSequences(pbxId, frames, next[0]);
                next[0] += frames.size();
            });
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + e, e);
        }
        return new Imported(file, pbxId, entry.firstSequence(), entry.count(), countAndBytes[1]);
    }

    @Override
    public boolean accepting() {
        return journal.accepting();
    }

    /** The SHA-256 of the file's content, in hex: what identifies a file to the import registry. */
    public static String digest(Path file) throws IOException {
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
