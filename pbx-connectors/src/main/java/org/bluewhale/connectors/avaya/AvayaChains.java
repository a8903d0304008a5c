package org.bluewhale.connectors.avaya;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the records of one call of ten hours or more a common correlation id. Avaya CM writes such a
 * call as a chain: a record with condition code 4 and a duration of 9:59.x at every ten-hour mark,
 * then a final record with the call's own code. The records of a chain have the same calling and
 * dialed numbers and trunks, and each starts where the previous one ended (within the rounding of
 * minute end times and six-second durations). One instance per PBX decoder.
 *
 * <p>An open chain lives in memory only: after a restart a chain's remaining records carry no id
 * (their condition code 4 still tells them apart). Chains whose next record never came are
 * forgotten eleven hours after their last segment.
 */
final class AvayaChains {

    private static final long TOLERANCE_SECONDS = 120;
    private static final long FORGET_AFTER_SECONDS = 11 * 3600;
    private static final int PURGE_ABOVE = 1_000;

    private record Open(String id, Instant end) {
    }

    private final Map<String, Open> open = new HashMap<>();

    /** The leg's chain id, or "" when it belongs to no chain. */
    String correlate(String code, String calling, String dialed, String trunkIn, String trunkOut, Instant start,
                     Instant end) {
        boolean segment = AvayaConditionCodes.TEN_HOUR_CHAIN.equals(code);
        if (!segment && open.isEmpty()) {
            return "";
        }
        String key = calling + '\n' + dialed + '\n' + trunkIn + '\n' + trunkOut;
        Open previous = open.remove(key);
        boolean continues = previous != null
                && Math.abs(start.getEpochSecond() - previous.end().getEpochSecond()) <= TOLERANCE_SECONDS;
        String id = continues ? previous.id()
                : segment ? "avaya-chain/" + calling + "/" + dialed + "/" + start.getEpochSecond() : "";
        if (segment) {
            open.put(key, new Open(id, end));
            if (open.size() > PURGE_ABOVE) {
                open.values().removeIf(o -> o.end().getEpochSecond() < end.getEpochSecond() - FORGET_AFTER_SECONDS);
            }
        }
        return id;
    }
}
