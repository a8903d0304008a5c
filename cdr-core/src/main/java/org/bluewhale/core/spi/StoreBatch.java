package org.bluewhale.core.spi;

import java.util.List;
import java.util.Set;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;

/**
 * What the store writes in one transaction: the rated calls, the quarantined records, the
 * call-quality reports, and the journal position up to which every record is accounted for
 * (stored, quarantined or skipped).
 */
public record StoreBatch(List<RatedCall> calls, List<Quarantined> quarantined, List<CallQuality> quality,
                         long journalPosition) {

    /** A batch without quality reports. */
    public StoreBatch(List<RatedCall> calls, List<Quarantined> quarantined, long journalPosition) {
        this(calls, quarantined, List.of(), journalPosition);
    }

    /**
     * The same batch without the records of {@code pbxIds}, up to the same journal position: those
     * records are accounted for by another node (their owner), so this node's position passes them.
     */
    public StoreBatch without(Set<String> pbxIds) {
        return new StoreBatch(calls.stream().filter(c -> !pbxIds.contains(c.leg().pbxId())).toList(),
                quarantined.stream().filter(q -> !pbxIds.contains(q.raw().pbxId())).toList(),
                quality.stream().filter(q -> !pbxIds.contains(q.pbxId())).toList(), journalPosition);
    }

    /** The number of records the batch carries. */
    public int size() {
        return calls.size() + quarantined.size() + quality.size();
    }
}
