package org.bluewhale.core.spi;

import java.nio.file.Path;

/**
 * Where a file-based connector hands complete files of raw records: each file is cut into
 * records with the same framing as a TCP feed and journaled. Idempotent: the same content
 * imported again for the same PBX gets the same sequence numbers, so its records are stored once
 * (a crash between importing a file and moving it away is harmless).
 */
public interface FileSink {

    /** What one file became: its records are the PBX's sequences first .. first + count - 1. */
    record Imported(Path file, String pbxId, long firstSequence, long count, long bytes) {
    }

    /** A file that cannot be read (permissions, vanished, I/O error): set it aside, do not retry. */
    final class UnreadableFileException extends RuntimeException {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Journals the records of {@code file} under {@code pbxId} and returns once they are written.
     *
     * @throws UnreadableFileException when the file cannot be read; any other exception is the
     *                                 journal's, and the same file may be retried later
     */
    Imported importFile(String pbxId, Path file);

    /** False while the journal's disk budget is exhausted: do not import now. */
    boolean accepting();
}
