package org.bluewhale.store.cdr;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;

/** One stored call leg as read back, every column of the {@code cdr} table. */
public record StoredCdr(long key, String pbx, long sequence, long journalPosition, Instant start, ZoneId zone,
                        int durationSeconds, int ringSeconds, String callingNumber, String dialedNumber,
                        Direction direction, String conditionCode, String accountCode, String authCode,
                        String trunkIn, String trunkOut, String correlationId, CallClass callClass,
                        long billedSeconds, Money cost, String tariff) {
}
