package org.bluewhale.core.spi;

import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;

/** Prices call legs. Implementations are pure and thread-safe. */
public interface Rater {
    RatedCall rate(CallLeg leg);
}
