package org.bluewhale.core.spi;

import org.bluewhale.core.PbxDescriptor;

/**
 * The main database as the pipeline sees it. Every batch is written in one transaction together
 * with its journal position, so after a crash the server resumes exactly where the database is.
 * A record already present (same PBX and sequence) is not inserted again.
 */
public interface CdrStore extends AutoCloseable {

    /** Registers (or updates) a PBX so records of it can be stored. */
    void registerPbx(PbxDescriptor pbx);

    /** Writes calls, quarantined records and the position atomically. */
    void write(StoreBatch batch);

    /** The journal position of the last committed batch, 0 when nothing was ever written. */
    long committedPosition();

    @Override
    void close();
}
