package org.bluewhale.connectors.avaya;

import org.bluewhale.connectors.layout.FixedWidthLayout.ConditionCodes;
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
 *
 * A leg's condition code is always in the standard alphabet, so that correlation can find
 * {@link #TEN_HOUR_CHAIN} segments and {@link #CONFERENCE} legs whatever the output format: the
 * 59-character format's letters are translated (A 1, D 4, E 6, G 7, H 8, I 9, L C).
 */
public final class AvayaConditionCodes {

    /** A 9:59.x segment of a call of ten hours or more; the final record has the call's own code. */
    public static final String TEN_HOUR_CHAIN = "4";
    /** One record per trunk of a conference. */
    public static final String CONFERENCE = "C";

    private static final String FIFTY_NINE_CHAR = "ADEGHIL";
    private static final String[] STANDARD_OF_FIFTY_NINE_CHAR = {"1", "4", "6", "7", "8", "9", "C"};

    private AvayaConditionCodes() {
    }

    /** The code in the standard alphabet. */
    static String standard(String code, ConditionCodes alphabet) {
        if (alphabet == ConditionCodes.FIFTY_NINE_CHAR && code.length() == 1) {
            int at = FIFTY_NINE_CHAR.indexOf(code.charAt(0));
            return at < 0 ? code : STANDARD_OF_FIFTY_NINE_CHAR[at];
        }
        return code;
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
