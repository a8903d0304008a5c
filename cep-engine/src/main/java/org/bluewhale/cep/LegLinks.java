package org.bluewhale.cep;

import java.time.Instant;
import java.util.Arrays;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * What correlation needs of one leg: the keys under which it meets its partners, and its traits.
 *
 * <ul>
 *   <li>{@link CorrelationStyle#CALL_FEATURES} (Cisco): keys are the call id (globalCallID) and the
 *       two party leg ids, which a transfer's or conference's legs share; a meet-me leg also meets
 *       the others dialing the same bridge number. {@code first}/{@code second} are the party leg
 *       ids.</li>
 *   <li>{@link CorrelationStyle#CONDITION_CODES} (Avaya): a ten-hour chain segment (condition 4 or
 *       D) ends where the next one starts, so the key of (calling, dialed, minute) at its end is
 *       the next segment's key at its start ({@code first} = start key, {@code second} = end key);
 *       conference records (C or L) meet under the conferencing extension.</li>
 * </ul>
 * Keys are 64-bit hashes: with 10 million held legs (30 million keys) two unrelated calls collide
 * about once in 10,000 windows of 10 million legs, and would then only share one call id.
 */
final class LegLinks {

    static final int CHAIN = 1 << 16;
    static final int OPEN_ENDED = 1 << 17;

    private static final long[] NO_KEYS = {};
    private static final CallFeature[] FEATURES = CallFeature.values();

    final long[] keys;
    final long first;
    final long second;
    /** joinedBy ordinal | endedBy ordinal << 8 | CHAIN | OPEN_ENDED. */
    final int traits;

    private LegLinks(long[] keys, long first, long second, int traits) {
        this.keys = keys;
        this.first = first;
        this.second = second;
        this.traits = traits;
    }

    static LegLinks of(CallLeg leg, CorrelationStyle style) {
        return switch (style) {
            case CALL_FEATURES -> features(leg);
            case CONDITION_CODES -> conditions(leg);
            case NONE -> new LegLinks(NO_KEYS, 0, 0, 0);
        };
    }

    static CallFeature joined(int traits) {
        return FEATURES[traits & 0xFF];
    }

    static CallFeature ended(int traits) {
        return FEATURES[(traits >>> 8) & 0xFF];
    }

    private static LegLinks features(CallLeg leg) {
        String pbx = leg.pbxId();
        long[] keys = new long[4];
        int n = 0;
        if (!leg.correlationId().isEmpty()) {
            keys[n++] = hash(pbx, 'g', leg.correlationId());
        }
        if (leg.callingLegId() != 0) {
            keys[n++] = hash(pbx, 'l', leg.callingLegId());
        }
        if (leg.calledLegId() != 0) {
            keys[n++] = hash(pbx, 'l', leg.calledLegId());
        }
        if (leg.joinedBy() == CallFeature.MEET_ME) {
            keys[n++] = hash(pbx, 'm', leg.dialedNumber());
        }
        int traits = leg.joinedBy().ordinal() | leg.endedBy().ordinal() << 8;
        if (leg.joinedBy() == CallFeature.MEET_ME || leg.joinedBy() == CallFeature.CONFERENCE) {
            traits |= OPEN_ENDED;
        }
        return new LegLinks(n == keys.length ? keys : Arrays.copyOf(keys, n), leg.callingLegId(), leg.calledLegId(),
                traits);
    }

    private static LegLinks conditions(CallLeg leg) {
        String pbx = leg.pbxId();
        String condition = leg.conditionCode();
        long start = chainKey(pbx, leg, leg.start());
        if (condition.equals("4") || condition.equals("D")) {
            long end = chainKey(pbx, leg, leg.end());
            return new LegLinks(new long[] {start, end}, start, end, CHAIN);
        }
        if (condition.equals("C") || condition.equals("L")) {
            String extension = leg.direction() == Direction.INCOMING ? leg.dialedNumber() : leg.callingNumber();
            return new LegLinks(new long[] {start, hash(pbx, 'c', extension)}, start, 0, OPEN_ENDED);
        }
        return new LegLinks(new long[] {start}, start, 0, 0);
    }

    /** Chain segments meet at a whole minute: Avaya records start on the minute, durations vary by seconds. */
    private static long chainKey(String pbx, CallLeg leg, Instant at) {
        long minute = Math.floorDiv(at.getEpochSecond() + 30, 60);
        return new KeyHash(pbx, 's').add(leg.callingNumber()).add(leg.dialedNumber()).add(minute).value();
    }

    static long hash(String pbx, char kind, String value) {
        return new KeyHash(pbx, kind).add(value).value();
    }

    static long hash(String pbx, char kind, long value) {
        return new KeyHash(pbx, kind).add(value).value();
    }

    /** 64-bit FNV-1a over a key's parts, never 0 (0 marks an empty slot in {@link GroupIndex}). */
    private static final class KeyHash {
        private long h = 0xcbf29ce484222325L;

        KeyHash(String pbx, char kind) {
            add(pbx);
            h = (h ^ kind) * 0x100000001b3L;
        }

        KeyHash add(String s) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0xFF) * 0x100000001b3L; // separator: ("ab", "c") is not ("a", "bc")
            return this;
        }

        KeyHash add(long value) {
            for (int i = 0; i < 8; i++) {
                h = (h ^ ((value >>> (8 * i)) & 0xFF)) * 0x100000001b3L;
            }
            return this;
        }

        long value() {
            long v = h ^ (h >>> 29);
            return v == 0 ? 1 : v;
        }
    }
}
