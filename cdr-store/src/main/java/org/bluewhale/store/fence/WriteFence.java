package org.bluewhale.store.fence;

import java.sql.Connection;
import java.sql.SQLException;
import org.bluewhale.core.spi.StoreBatch;

/**
 * A check the store runs inside each batch's transaction, before it writes anything: a clustered
 * node proves it still owns every PBX of the batch ({@link EpochFence}); a single server has
 * {@link #NONE}, which costs nothing.
 */
@FunctionalInterface
public interface WriteFence {

    /** No check at all: a single server owns every PBX. */
    WriteFence NONE = (connection, batch) -> { };

    /**
     * Throws {@link StaleOwnershipException} when the batch may not be written; the store then
     * rolls the whole transaction back, journal position included. Row locks it takes are held
     * until the batch commits.
     */
    void check(Connection transaction, StoreBatch batch) throws SQLException;
}
