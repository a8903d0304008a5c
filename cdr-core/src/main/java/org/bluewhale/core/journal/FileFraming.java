package org.bluewhale.core.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a file of raw records into frames exactly as the PBX's live feed would be cut (the
 * connectors module provides it, next to its line decoder), so a record imported from a file
 * and the same record received live are the same record.
 */
@FunctionalInterface
public interface FileFraming {

    /** Hands the frames of {@code file} for PBX {@code pbxId} to {@code chunks}, in order, in chunks. */
    void read(String pbxId, Path file, Consumer<List<Frame>> chunks) throws IOException;
}
