package org.bluewhale.core.spi;

import java.util.List;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;

/**
 * What the store writes in one transaction: the rated calls, the quarantined records, and the
 * journal position up to which every record is accounted for (stored, quarantined or skipped).
 */
public record StoreBatch(List<RatedCall> calls, List<Quarantined> quarantined, long journalPosition) {
    public int size() {
        return calls.size() + quarantined.size();
    }
}
