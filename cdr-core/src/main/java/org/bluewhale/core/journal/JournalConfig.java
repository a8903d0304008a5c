package org.bluewhale.core.journal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the raw journal keeps its files. The server's configuration catalogue documents each key.
 *
 * @param directory     where segment files live
 * @param segmentBytes  a segment is closed and a new one started past this size
 * @param rotateEvery   ... or when it is this old (and not empty)
 * @param retention     consumed segments older than this are deleted
 * @param diskBudget    total bytes the journal may use; past it, consumed segments are deleted
 *                      early and, if that is not enough, connectors are paused
 * @param fsyncEvery    how often written data is forced to the device (a process crash never
 *                      loses appended data; this bounds the loss on power failure);
 *                      {@link Duration#ZERO} forces after every append
 */
public record JournalConfig(Path directory, long segmentBytes, Duration rotateEvery, Duration retention,
                            long diskBudget, Duration fsyncEvery) {

    public static JournalConfig defaults(Path directory) {
        return new JournalConfig(directory, 256L << 20, Duration.ofHours(1), Duration.ofDays(90),
                20L << 30, Duration.ofSeconds(1));
    }

    public JournalConfig withDiskBudget(long bytes) {
        return new JournalConfig(directory, segmentBytes, rotateEvery, retention, bytes, fsyncEvery);
    }

    public JournalConfig withSegmentBytes(long bytes) {
        return new JournalConfig(directory, bytes, rotateEvery, retention, diskBudget, fsyncEvery);
    }
}
