package org.bluewhale.store.cdr;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;

/**
 * One stored call leg as read back: the {@code cdr} row with its PBX and sequence taken from the key
 * and its zone, tariff and currency from the lookup tables; optional texts are {@code ""}, never null.
 * {@code callId}, {@code chargedTo} and {@code releasedAlone} are correlation's attribution
 * ({@link org.bluewhale.core.Attribution}).
 * {@code referenceCost} is what the call would have cost over the reference carrier (savings =
 * referenceCost - cost).
 */
public record StoredCdr(long key, String pbx, long sequence, long journalPosition, Instant start, ZoneId zone,
                        int durationSeconds, int ringSeconds, String callingNumber, String dialedNumber,
                        Direction direction, String conditionCode, String accountCode, String authCode,
                        String trunkIn, String trunkOut, String correlationId, CallClass callClass,
                        long billedSeconds, Money cost, String tariff, String callId, String chargedTo,
                        boolean releasedAlone, Money referenceCost) {

    /**
     * The leg as the rater sees it again (explain, what-if): everything rating reads is stored;
     * device names, redirecting numbers and correlation's party ids are not, and come back empty;
     * correlation's attribution comes back, so the leg is charged to whom it was charged to.
     */
    public CallLeg asLeg() {
        return new CallLeg(pbx, sequence, journalPosition, start, zone, durationSeconds, ringSeconds, callingNumber,
                dialedNumber, direction, conditionCode, accountCode, authCode, trunkIn, trunkOut, correlationId,
                "", "", "", "", "").withAttribution(new Attribution(callId, chargedTo, releasedAlone));
    }
}
