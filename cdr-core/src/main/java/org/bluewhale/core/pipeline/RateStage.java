package org.bluewhale.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.Rater;
import org.bluewhale.core.spi.StoreBatch;

/** Prices every leg; a leg the rater cannot price is quarantined rather than lost. */
final class RateStage implements Function<DecodedBatch, StoreBatch> {

    private final Rater rater;

    RateStage(Rater rater) {
        this.rater = rater;
    }

    @Override
    public StoreBatch apply(DecodedBatch batch) {
        List<RatedCall> rated = new ArrayList<>(batch.legs().size());
        List<Quarantined> quarantined = batch.quarantined();
        for (CallLeg leg : batch.legs()) {
            try {
                rated.add(rater.rate(leg));
            } catch (RuntimeException e) {
                if (quarantined.isEmpty()) {
                    quarantined = new ArrayList<>();
                }
                RawRecord ref = new RawRecord(leg.position(), leg.pbxId(), leg.sequence(), leg.start(), new byte[0], false);
                quarantined.add(new Quarantined(ref, "rating failed: " + e));
            }
        }
        return new StoreBatch(rated, quarantined, batch.quality(), batch.lastPosition());
    }
}
