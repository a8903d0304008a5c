package org.bluewhale.core.pipeline;

import java.util.List;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Quarantined;

/**
 * What the decode stage hands on: legs, rejects, call-quality reports (which correlation passes
 * through untouched), and the last journal position covered.
 */
record DecodedBatch(List<CallLeg> legs, List<Quarantined> quarantined, List<CallQuality> quality, int skipped,
                    long lastPosition) {
}
