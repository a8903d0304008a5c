package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;

/**
 * Why a call cost what it cost: its classification, the carrier chosen and why, and for the actual
 * and the reference carrier the version, matched prefix and zone, the band/tier parts with the
 * seconds billed in each, and the exact amount before rounding.
 *
 * @param site          the site whose dial plan applied
 * @param callClass     the class the call is reported under
 * @param pstnClass     the class it would have had over the public network (differs for ON_NET)
 * @param e164          the external number in E.164, or empty
 * @param carrierChoice how the carrier was chosen ({@code trunk group 101}, {@code carrier-select 17951}, {@code site default})
 * @param actual        the pricing that was charged, or null when no plan applied
 * @param reference     the pricing over the reference carrier, or null when it is the same as actual or absent
 */
public record RatingTrace(String site, CallClass callClass, CallClass pstnClass, String e164, String carrierChoice,
                          Priced actual, Priced reference) {

    /**
     * One carrier's pricing of the call.
     *
     * @param version       the tariff version's label ({@code carrier/plan@from})
     * @param prefix        the destination prefix that matched, or empty when the class decided the zone
     * @param zone          the zone priced, or empty when unpriced
     * @param parts         the parts the charged time was cut into
     * @param feeMicros     the connection fee in millionths of a major unit
     * @param exact         the exact amount before minimum, maximum and rounding, in major units
     * @param billedSeconds seconds billed
     * @param cost          the rounded cost
     * @param tierCount     whose month the volume tiers read, or null when the version has no tiers
     */
    public record Priced(String version, String prefix, String zone, List<Part> parts, long feeMicros,
                         BigDecimal exact, long billedSeconds, Money cost, TierCount tierCount) {
    }

    /**
     * The count a call's volume tier was read from.
     *
     * @param scope          the whole plan's calls of the month, or the department's
     * @param departmentId   the department charged (0: none); 0 for the plan scope
     * @param countedSeconds billed seconds the count held when the call was priced (for a stored call
     *                       explained later, the month so far)
     */
    public record TierCount(VolumeTiers.Scope scope, int departmentId, long countedSeconds) {
    }

    /**
     * Steps of charged time that start in {@code [fromSecond, toSecond)} of the charged time, all at
     * one band and one volume tier.
     */
    public record Part(String band, BigDecimal tierPercent, long fromSecond, long toSecond, long billedSeconds,
                       BigDecimal pricePerMinute) {
    }
}
