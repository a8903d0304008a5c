package org.bluewhale.store;

/**
 * How much a committed batch survives. The raw journal is the durability point of the pipeline,
 * so the store only has to survive what the journal survives: a process crash by default.
 */
public enum Durability {
    /**
     * A committed batch survives {@code kill -9}. An OS crash or power loss may roll back the last
     * commits, and with SQLite may damage the file (restore a backup, replay the journal).
     */
    PROCESS_CRASH,
    /** Every commit is forced to the disk (fsync) before {@code write} returns; slower. */
    POWER_LOSS
}
