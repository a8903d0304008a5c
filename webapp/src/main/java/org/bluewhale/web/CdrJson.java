package org.bluewhale.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.store.cdr.StoredCdr;

/**
 * The external form of a stored CDR, shared by the REST API and the {@code cdrs} command:
 * the same field names and values in JSON and CSV. Money is a decimal string (never a float).
 */
public final class CdrJson {

    public static final List<String> FIELDS = List.of("pbx", "sequence", "start", "startLocal", "zone",
            "durationSeconds", "ringSeconds", "callingNumber", "dialedNumber", "direction", "callClass",
            "conditionCode", "accountCode", "authCode", "trunkIn", "trunkOut", "correlationId", "billedSeconds",
            "cost", "currency", "tariff", "referenceCost", "savings", "callId", "chargedTo", "releasedAlone");

    private CdrJson() {
    }

    public static Map<String, Object> map(StoredCdr c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pbx", c.pbx());
        m.put("sequence", c.sequence());
        m.put("start", c.start().toString());
        m.put("startLocal", c.start().atZone(c.zone()).toOffsetDateTime().toString());
        m.put("zone", c.zone().getId());
        m.put("durationSeconds", c.durationSeconds());
        m.put("ringSeconds", c.ringSeconds());
        m.put("callingNumber", c.callingNumber());
        m.put("dialedNumber", c.dialedNumber());
        m.put("direction", c.direction().name());
        m.put("callClass", c.callClass().name());
        m.put("conditionCode", c.conditionCode());
        m.put("accountCode", c.accountCode());
        m.put("authCode", c.authCode());
        m.put("trunkIn", c.trunkIn());
        m.put("trunkOut", c.trunkOut());
        m.put("correlationId", c.correlationId());
        m.put("billedSeconds", c.billedSeconds());
        m.put("cost", c.cost().toBigDecimal().toPlainString());
        m.put("currency", c.cost().currency().getCurrencyCode());
        m.put("tariff", c.tariff());
        m.put("referenceCost", c.referenceCost().toBigDecimal().toPlainString());
        m.put("savings", c.referenceCost().toBigDecimal().subtract(c.cost().toBigDecimal()).toPlainString());
        m.put("callId", c.callId());
        m.put("chargedTo", c.chargedTo());
        m.put("releasedAlone", c.releasedAlone());
        return m;
    }

    /** One RFC 4180 line: fields quoted when they hold a comma, quote or line break. */
    public static String csvLine(StoredCdr c) {
        StringBuilder line = new StringBuilder(200);
        for (Object value : map(c).values()) {
            if (line.length() > 0) {
                line.append(',');
            }
            String text = String.valueOf(value);
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.toString();
    }
}
