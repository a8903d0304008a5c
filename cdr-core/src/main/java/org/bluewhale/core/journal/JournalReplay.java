package org.bluewhale.core.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.RawRecord;

/**
 * Sends a time range of the raw journal (the RAW DUMP) through the pipeline again, for instance
 * after a PBX was configured or a layout corrected: every record received in {@code [from, to)}
 * (of one PBX, or of all) is appended again with its own PBX id and sequence number. Idempotent:
 * the store keeps one row per (PBX, sequence), so calls already stored stay as they are, and only
 * records that had not become calls (quarantined ones that now decode) are added.
 *
 * <p>The re-appended copies are received now, so replaying the same range again reads only the
 * originals. Only the segments the journal still keeps ({@code journal.retention}) can be replayed.
 */
public final class JournalReplay {

    private static final int BATCH = 10_000;

    /**
     * What a replay did: {@code records} re-appended, all of them at or before journal position
     * {@code writtenThrough} (live records may sit between them), so the pipeline has processed
     * them once it has committed that position.
     */
    public record Result(long records, long writtenThrough) {
    }

    private JournalReplay() {
    }

    /** @param pbxId the PBX whose records to replay, or null for every PBX */
    public static Result replay(Journal journal, Instant from, Instant to, String pbxId) throws InterruptedException {
        long end = journal.writtenPosition(); // never read the copies this replay appends
        List<RawRecord> run = new ArrayList<>();
        long count = JournalRange.forEach(journal, from, to, pbxId, end, record -> {
            if (!run.isEmpty() && (run.size() >= BATCH || !continues(run.get(run.size() - 1), record))) {
                appendRun(journal, run);
            }
            run.add(record);
        });
        appendRun(journal, run);
        return new Result(count, journal.writtenPosition());
    }

    private static boolean continues(RawRecord previous, RawRecord next) {
        return previous.pbxId().equals(next.pbxId()) && previous.sequence() + 1 == next.sequence();
    }

    /** Appends a run of one PBX's consecutive sequences with those sequences, and empties it. */
    private static void appendRun(Journal journal, List<RawRecord> run) {
        if (run.isEmpty()) {
            return;
        }
        List<Frame> frames = run.stream().map(r -> new Frame(r.bytes(), r.truncated())).toList();
        journal.appendWithSequences(run.get(0).pbxId(), frames, run.get(0).sequence());
        run.clear();
    }
}
