package org.bluewhale.rating;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.Rater;

/**
 * The rater the pipeline holds while the model behind it changes: each call is rated wholly by the
 * engine in place when it starts, and {@link #swap} replaces the engine atomically, so a new tariff
 * file takes effect without a restart and no call sees half of two models.
 */
public final class SwappableRater implements Rater {

    private final AtomicReference<RatingEngine> current;

    public SwappableRater(RatingEngine initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public RatedCall rate(CallLeg leg) {
        return current.get().rate(leg);
    }

    /** The engine in place, for explain and what-if. */
    public RatingEngine engine() {
        return current.get();
    }

    /** Puts a new engine in place; calls already being rated finish with the old one. */
    public void swap(RatingEngine next) {
        current.set(Objects.requireNonNull(next, "next"));
    }
}
