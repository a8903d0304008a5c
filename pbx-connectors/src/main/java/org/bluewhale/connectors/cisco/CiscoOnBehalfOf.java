package org.bluewhale.connectors.cisco;

import org.bluewhale.core.CallFeature;

/**
 * Cisco's OnBehalfOf codes (CDR Administration Guide, "OnBehalfOf codes"), which say which feature
 * joined, ended or redirected a leg, mapped to {@link CallFeature}. Codes without a billing
 * meaning (CTI line, device, call control...) map to NONE.
 */
final class CiscoOnBehalfOf {

    private CiscoOnBehalfOf() {
    }

    static CallFeature feature(String code) {
        return switch (code) {
            case "3" -> CallFeature.PARK;
            case "4" -> CallFeature.CONFERENCE;
            case "5" -> CallFeature.FORWARD;
            case "6", "7" -> CallFeature.MEET_ME;
            case "10" -> CallFeature.TRANSFER;
            case "14" -> CallFeature.DIVERT;
            case "15" -> CallFeature.BARGE;
            case "16" -> CallFeature.PICKUP;
            default -> CallFeature.NONE;
        };
    }
}
