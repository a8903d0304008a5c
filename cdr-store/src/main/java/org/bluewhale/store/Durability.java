package org.bluewhale.store;

/**
 * How much a committed batch survives. The raw journal is the durability point of the pipeline,
 * so the store only has to survive what the journal survives: a process crash by default.
 */
public enum Durability {
    /** A committed batch survives {@code kill -9}; a power loss may roll back the last commits. */
    PROCESS_CRASH,
    /** Every commit is forced to the disk (fsync) before {@code write} returns; slower. */
    POWER_LOSS
}
