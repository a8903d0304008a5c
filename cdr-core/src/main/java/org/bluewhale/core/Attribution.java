package org.bluewhale.core;

import java.util.Objects;

/**
 * What correlation decided about a leg: which assembled call it is a segment of and who pays for
 * that segment.
 *
 * @param callId        the assembled call's id (shared by all its legs), or empty when the leg was
 *                      not correlated (correlation off for its PBX)
 * @param chargedTo     the party charged for this segment (an extension, or a trunk for tandem
 *                      calls), or empty
 * @param releasedAlone true when the correlation window ended before the call's other legs arrived:
 *                      the leg (or the incomplete call) was billed as it stood
 */
public record Attribution(String callId, String chargedTo, boolean releasedAlone) {

    /** A leg no correlator looked at. */
    public static final Attribution NONE = new Attribution("", "", false);

    public Attribution {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(chargedTo, "chargedTo");
    }
}
