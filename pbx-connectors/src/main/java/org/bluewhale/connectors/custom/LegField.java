package org.bluewhale.connectors.custom;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an admin-defined layout can fill: the keys of its {@code fields} object. The vocabulary is
 * closed so that a typo is reported, not silently ignored.
 */
public enum LegField {
    START("start"),
    END("end"),
    DATE("date"),
    START_TIME("start-time"),
    END_TIME("end-time"),
    DURATION("duration"),
    RING("ring"),
    CALLING("calling"),
    DIALED("dialed"),
    DIRECTION("direction"),
    CONDITION("condition"),
    ACCOUNT("account"),
    AUTH("auth"),
    TRUNK_IN("trunk-in"),
    TRUNK_OUT("trunk-out"),
    CORRELATION_ID("correlation-id"),
    ORIGINAL_CALLED("original-called"),
    FINAL_CALLED("final-called"),
    LAST_REDIRECTING("last-redirecting"),
    CALLING_DEVICE("calling-device"),
    CALLED_DEVICE("called-device");

    private final String key;

    LegField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<LegField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    static String keys() {
        return Arrays.stream(values()).map(LegField::key).toList().toString();
    }
}
