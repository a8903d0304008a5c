package org.bluewhale.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.store.cdr.StoredCdr;

/**
 * What the rating of a call can tell about itself: how the dial plan classified it, which tariff
 * priced it, how its duration was rounded to billed seconds, and the exact cost.
 */
final class RatingExplanation {

    private RatingExplanation() {
    }

    static Map<String, Object> of(StoredCdr call) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("callClass", call.callClass().name());
        m.put("tariff", call.tariff());
        m.put("durationSeconds", call.durationSeconds());
        m.put("billedSeconds", call.billedSeconds());
        m.put("roundedUpSeconds", Math.max(0, call.billedSeconds() - call.durationSeconds()));
        m.put("cost", call.cost().toBigDecimal().toPlainString());
        m.put("currency", call.cost().currency().getCurrencyCode());
        return m;
    }
}
