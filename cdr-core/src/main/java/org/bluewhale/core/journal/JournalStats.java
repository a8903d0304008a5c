package org.bluewhale.core.journal;

/**
 * The journal as an operator sees it.
 *
 * @param writtenPosition   last position appended
 * @param committedPosition last position the store has committed
 * @param bytes             bytes on disk in all segments
 * @param segments          number of segment files
 * @param accepting         false while connectors are paused because the disk budget is exhausted
 * @param pauses            how often since start the budget was exhausted and connectors paused
 */
public record JournalStats(long writtenPosition, long committedPosition, long bytes, int segments,
                           boolean accepting, long pauses) {
    /** Records journaled but not yet in the database. */
    public long lag() {
        return Math.max(0, writtenPosition - committedPosition);
    }
}
