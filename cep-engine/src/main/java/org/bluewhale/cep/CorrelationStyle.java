package org.bluewhale.cep;

/** How a PBX format tells which legs belong together. */
public enum CorrelationStyle {
    /** Legs pass through unchanged (formats that write one record per call). */
    NONE,
    /**
     * Legs carry party leg ids, a call id and the feature that joined, ended or redirected them
     * (Cisco UCM: leg call identifiers, globalCallID, OnBehalfOf and redirect reason codes).
     */
    CALL_FEATURES,
    /**
     * Legs carry a condition code only (Avaya CM): C/L conference records, 4/D ten-hour chain
     * segments.
     */
    CONDITION_CODES;

    /** The style a PBX format needs: cucm by call features, Avaya CM formats by condition codes. */
    public static CorrelationStyle forFormat(String format) {
        if (format.equals("cucm")) {
            return CALL_FEATURES;
        }
        return format.startsWith("avaya") ? CONDITION_CODES : NONE;
    }
}
