package org.bluewhale.cep;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * Packs a held leg into one small byte array, so millions of held legs cost little heap (a
 * {@link CallLeg} with its 15 strings costs about 1 KB as objects, packed about 120 bytes).
 *
 * <pre>
 * varint  dictionary index: pbxId, zone, conditionCode, trunkIn, trunkOut (few distinct values)
 * varlong sequence, position, start epoch second; varint start nanos, duration, ring
 * byte    direction, joinedBy, endedBy, redirectedBy ordinals
 * varlong callingLegId, calledLegId
 * string* callingNumber, dialedNumber, accountCode, authCode, correlationId,
 *         originalCalledNumber, finalCalledNumber, lastRedirectingNumber, callingDevice, calledDevice
 *         (each: varint byte length, then UTF-8)
 * </pre>
 * Not thread-safe: one per correlator.
 */
final class LegCodec {

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final CallFeature[] FEATURES = CallFeature.values();

    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<String> dictionary = new ArrayList<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private byte[] buffer = new byte[512];
    private int length;

    byte[] encode(CallLeg leg) {
        length = 0;
        word(leg.pbxId());
        word(leg.zone().getId());
        word(leg.conditionCode());
        word(leg.trunkIn());
        word(leg.trunkOut());
        varlong(leg.sequence());
        varlong(leg.position());
        varlong(leg.start().getEpochSecond());
        varlong(leg.start().getNano());
        varlong(leg.durationSeconds());
        varlong(leg.ringSeconds());
        put(leg.direction().ordinal());
        put(leg.joinedBy().ordinal());
        put(leg.endedBy().ordinal());
        put(leg.redirectedBy().ordinal());
        varlong(leg.callingLegId());
        varlong(leg.calledLegId());
        for (String s : new String[] {leg.callingNumber(), leg.dialedNumber(), leg.accountCode(), leg.authCode(),
                leg.correlationId(), leg.originalCalledNumber(), leg.finalCalledNumber(),
                leg.lastRedirectingNumber(), leg.callingDevice(), leg.calledDevice()}) {
            string(s);
        }
        return Arrays.copyOf(buffer, length);
    }

    CallLeg decode(byte[] bytes) {
        Reader r = new Reader(bytes);
        String pbx = dictionary.get((int) r.varlong());
        ZoneId zone = zones.computeIfAbsent(dictionary.get((int) r.varlong()), ZoneId::of);
        String condition = dictionary.get((int) r.varlong());
        String trunkIn = dictionary.get((int) r.varlong());
        String trunkOut = dictionary.get((int) r.varlong());
        long sequence = r.varlong();
        long position = r.varlong();
        Instant start = Instant.ofEpochSecond(r.varlong(), r.varlong());
        int duration = (int) r.varlong();
        int ring = (int) r.varlong();
        Direction direction = DIRECTIONS[bytes[r.at++]];
        CallFeature joinedBy = FEATURES[bytes[r.at++]];
        CallFeature endedBy = FEATURES[bytes[r.at++]];
        CallFeature redirectedBy = FEATURES[bytes[r.at++]];
        long callingLegId = r.varlong();
        long calledLegId = r.varlong();
        return CallLeg.builder(pbx, sequence, position, zone).start(start).durationSeconds(duration).ringSeconds(ring)
                .direction(direction).conditionCode(condition).trunkIn(trunkIn).trunkOut(trunkOut)
                .joinedBy(joinedBy).endedBy(endedBy).redirectedBy(redirectedBy)
                .callingLegId(callingLegId).calledLegId(calledLegId)
                .callingNumber(r.string()).dialedNumber(r.string()).accountCode(r.string()).authCode(r.string())
                .correlationId(r.string()).originalCalledNumber(r.string()).finalCalledNumber(r.string())
                .lastRedirectingNumber(r.string()).callingDevice(r.string()).calledDevice(r.string())
                .build();
    }

    /** A value from a small vocabulary, stored once and referred to by index. */
    private void word(String s) {
        Integer index = indexOf.get(s);
        if (index == null) {
            index = dictionary.size();
            dictionary.add(s);
            indexOf.put(s, index);
        }
        varlong(index);
    }

    private void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varlong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
    }

    private void varlong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[length++] = (byte) v;
    }

    private void put(int b) {
        ensure(1);
        buffer[length++] = (byte) b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        String string() {
            int n = (int) varlong();
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
