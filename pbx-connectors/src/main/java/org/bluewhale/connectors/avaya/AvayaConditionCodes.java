package org.bluewhale.connectors.avaya;

import org.bluewhale.core.Direction;

/**
 * What an Avaya CM condition code says about a call's direction.
 *
 * <ul>
 *   <li>{@code 9} incoming (the README's "incoming or tandem": tandem calls are not told apart);</li>
 *   <li>{@code A}, {@code 7} (AAR/ARS), {@code B} (adjunct-placed) outgoing;</li>
 *   <li>{@code 0} intraswitch, internal;</li>
 *   <li>all others (1 attendant, 4/D ten-hour chain, C/L conference, G/H/I ring/abandon/busy, ...)
 *       carry no direction of their own: it follows from which trunk fields are filled.</li>
 * </ul>
 */
final class AvayaConditionCodes {

    private AvayaConditionCodes() {
    }

    /**
     * @param code       the condition code as written (one character, may be empty)
     * @param inboundSide an incoming trunk access code or circuit is present
     * @param outboundSide an access code was dialed or used, or an outgoing circuit is present
     */
    static Direction direction(String code, boolean inboundSide, boolean outboundSide) {
        switch (code) {
            case "9":
                return Direction.INCOMING;
            case "A", "7", "B":
                return Direction.OUTGOING;
            case "0":
                return Direction.INTERNAL;
            default:
                return fromTrunks(inboundSide, outboundSide);
        }
    }

    private static Direction fromTrunks(boolean inboundSide, boolean outboundSide) {
        if (inboundSide && outboundSide) {
            return Direction.TANDEM;
        }
        if (outboundSide) {
            return Direction.OUTGOING;
        }
        return inboundSide ? Direction.INCOMING : Direction.INTERNAL;
    }
}
