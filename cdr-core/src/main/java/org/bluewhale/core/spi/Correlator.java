package org.bluewhale.core.spi;

import java.util.List;
import org.bluewhale.core.CallLeg;

/**
 * Assembles the legs of one call (transfer, conference, forward...) before rating. The CEP engine
 * provides the real one; until a deployment enables it, legs pass through unchanged.
 */
public interface Correlator {

    Correlator PASS_THROUGH = legs -> legs;

    List<CallLeg> correlate(List<CallLeg> legs);
}
