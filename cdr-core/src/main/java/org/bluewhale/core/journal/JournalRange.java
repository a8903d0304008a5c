package org.bluewhale.core.journal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.bluewhale.core.RawRecord;

/**
 * The records a journal received in a time range {@code [from, to)}, of one PBX or of all, as far
 * as the journal still keeps them ({@code journal.retention}). The server's replay sends them
 * through its pipeline again; a remote unit re-sends them to the server.
 */
public final class JournalRange {

    private static final int BATCH = 10_000;

    private JournalRange() {
    }

    /**
     * Calls {@code each} with every record received in {@code [from, to)} (of {@code pbxId}, or of
     * every PBX when null) at or before journal position {@code through}, in journal order.
     *
     * @return how many records it was called with
     */
    public static long forEach(Journal journal, Instant from, Instant to, String pbxId, long through,
                               Consumer<RawRecord> each) throws InterruptedException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the range is empty: from " + from + " is not before to " + to);
        }
        long count = 0;
        try (JournalReader reader = journal.openReader(journal.firstAvailablePosition())) {
            while (reader.nextPosition() <= through) {
                List<RawRecord> batch = reader.poll((int) Math.min(BATCH, through - reader.nextPosition() + 1), 0);
                for (RawRecord record : batch) {
                    if (!record.receivedAt().isBefore(from) && record.receivedAt().isBefore(to)
                            && (pbxId == null || pbxId.equals(record.pbxId()))) {
                        each.accept(record);
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
