package org.bluewhale.offline;

import java.time.Instant;

/**
 * What health and metrics show about the fallback.
 *
 * @param mode           where batches go now
 * @param backlogRecords calls and quarantined records waiting in the offline database
 * @param backlogBatches batches waiting there
 * @param bytesOnDisk    size of the offline database files
 * @param drainedRecords records moved to the main database since start
 * @param lastError      why the main database last failed, or null once it takes writes again
 * @param offlineSince   when batches last stopped going to the main database, or null while ONLINE
 */
public record OfflineStatus(FailoverCdrStore.Mode mode, long backlogRecords, long backlogBatches, long bytesOnDisk,
                            long drainedRecords, String lastError, Instant offlineSince) {
}
