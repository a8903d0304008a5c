package org.bluewhale.web.live;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.core.RatedCall;

/** A rated call as the live flow sends it: the fields of the CDR list that a row shows. */
final class LiveJson {

    private LiveJson() {
    }

    static Map<String, Object> map(RatedCall call) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pbx", call.leg().pbxId());
        m.put("sequence", call.leg().sequence());
        m.put("start", call.leg().start().toString());
        m.put("startLocal", call.leg().start().atZone(call.leg().zone()).toOffsetDateTime().toString());
        m.put("callingNumber", call.leg().callingNumber());
        m.put("dialedNumber", call.leg().dialedNumber());
        m.put("direction", call.leg().direction().name());
        m.put("callClass", call.callClass().name());
        m.put("durationSeconds", call.leg().durationSeconds());
        m.put("billedSeconds", call.billedSeconds());
        m.put("cost", call.cost().toBigDecimal().toPlainString());
        m.put("currency", call.cost().currency().getCurrencyCode());
        m.put("tariff", call.tariff());
        return m;
    }
}
