package org.bluewhale.connectors.layout;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields a fixed-width CDR layout may place. Their names are the keys of a layout file
 * ({@code field.<key> = start-end}); the vocabulary is closed so that a typo in a site's layout
 * file is reported instead of silently ignored.
 */
public enum LayoutField {
    /** Start date-time (with {@code date-pattern}). */
    START("start", false),
    /** Time of day the call ended (with {@code time-pattern}); the date comes from date records. */
    END_TIME("end-time", false),
    DURATION("duration", true),
    CONDITION_CODE("condition-code", false),
    ACCESS_CODE_DIALED("access-code-dialed", false),
    ACCESS_CODE_USED("access-code-used", false),
    TRUNK_ACCESS_CODE_IN("trunk-access-code-in", false),
    CALLING_NUMBER("calling-number", true),
    DIALED_NUMBER("dialed-number", true),
    ACCOUNT_CODE("account-code", false),
    AUTH_CODE("auth-code", false),
    FRL("frl", false),
    IXC("ixc", false),
    CIRCUIT_IN("circuit-in", false),
    CIRCUIT_OUT("circuit-out", false),
    FEATURE_FLAG("feature-flag", false);

    private final String key;
    private final boolean required;

    LayoutField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The name used in layout files. */
    public String key() {
        return key;
    }

    /** Whether every layout must place this field (a record without it cannot be a call). */
    public boolean required() {
        return required;
    }

    public static Optional<LayoutField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
