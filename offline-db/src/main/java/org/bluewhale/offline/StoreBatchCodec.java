package org.bluewhale.offline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.StoreBatch;

/**
 * A {@link StoreBatch} as the bytes of one offline-database row: every field of every call and
 * quarantined record, so the batch drains back into the main database exactly as it was written.
 * Deflated at the fastest level: PBX names, zones, trunks and tariffs repeat in every call.
 *
 * <pre>
 * payload  = deflate( version u8 (=2) | position i64 | calls i32 | quarantined i32 | call* | record* )
 * call     = pbx s | sequence i64 | position i64 | start second i64 | start nano i32 | zone s
 *            | duration i32 | ring i32 | calling s | dialed s | direction s | condition s | account s
 *            | auth s | trunk-in s | trunk-out s | correlation s | original-called s | final-called s
 *            | last-redirecting s | calling-device s | called-device s
 *            | call-id s | charged-to s | released-alone u8
 *            | calling-leg i64 | called-leg i64 | joined-by s | ended-by s | redirected-by s
 *            | class s | billed i64 | cost minor i64 | currency s | tariff s | reference cost minor i64
 * record   = position i64 | pbx s | sequence i64 | received second i64 | received nano i32
 *            | truncated u8 | length i32 | raw bytes | reason s
 * s        = modified UTF-8 with a u16 length (DataOutput.writeUTF); enums by name, never ordinal
 * </pre>
 */
final class StoreBatchCodec {

    /** 2: with correlation's attribution and the reference cost, which the main database keeps. */
    private static final int VERSION = 2;

    private StoreBatchCodec() {
    }

    static byte[] encode(StoreBatch batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + batch.size() * 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 64 * 1024))) {
            out.writeByte(VERSION);
            out.writeLong(batch.journalPosition());
            out.writeInt(batch.calls().size());
            out.writeInt(batch.quarantined().size());
            for (RatedCall call : batch.calls()) {
                writeCall(out, call);
            }
            for (Quarantined q : batch.quarantined()) {
                writeQuarantined(out, q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode batch", e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static StoreBatch decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("offline batch of unknown version " + version);
            }
            long position = in.readLong();
            int callCount = in.readInt();
            int quarantinedCount = in.readInt();
            List<RatedCall> calls = new ArrayList<>(callCount);
            for (int i = 0; i < callCount; i++) {
                calls.add(readCall(in));
            }
            List<Quarantined> quarantined = new ArrayList<>(quarantinedCount);
            for (int i = 0; i < quarantinedCount; i++) {
                quarantined.add(readQuarantined(in));
            }
            return new StoreBatch(calls, quarantined, position);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt offline batch", e);
        }
    }

    private static void writeCall(DataOutputStream out, RatedCall call) throws IOException {
        CallLeg leg = call.leg();
        out.writeUTF(leg.pbxId());
        out.writeLong(leg.sequence());
        out.writeLong(leg.position());
        out.writeLong(leg.start().getEpochSecond());
        out.writeInt(leg.start().getNano());
        out.writeUTF(leg.zone().getId());
        out.writeInt(leg.durationSeconds());
        out.writeInt(leg.ringSeconds());
        for (String text : new String[] {leg.callingNumber(), leg.dialedNumber(), leg.direction().name(),
                leg.conditionCode(), leg.accountCode(), leg.authCode(), leg.trunkIn(), leg.trunkOut(),
                leg.correlationId(), leg.originalCalledNumber(), leg.finalCalledNumber(),
                leg.lastRedirectingNumber(), leg.callingDevice(), leg.calledDevice(), leg.attribution().callId(),
                leg.attribution().chargedTo()}) {
            out.writeUTF(text);
        }
        out.writeBoolean(leg.attribution().releasedAlone());
        out.writeLong(leg.callingLegId());
        out.writeLong(leg.calledLegId());
        out.writeUTF(leg.joinedBy().name());
        out.writeUTF(leg.endedBy().name());
        out.writeUTF(leg.redirectedBy().name());
        out.writeUTF(call.callClass().name());
        out.writeLong(call.billedSeconds());
        out.writeLong(call.cost().minorUnits());
        out.writeUTF(call.cost().currency().getCurrencyCode());
        out.writeUTF(call.tariff() == null ? "" : call.tariff());
        out.writeLong(call.referenceCost().minorUnits()); // always in the cost's currency
    }

    private static RatedCall readCall(DataInputStream in) throws IOException {
        String pbx = in.readUTF();
        long sequence = in.readLong();
        long position = in.readLong();
        Instant start = Instant.ofEpochSecond(in.readLong(), in.readInt());
        ZoneId zone = ZoneId.of(in.readUTF());
        int duration = in.readInt();
        int ring = in.readInt();
        String calling = in.readUTF();
        String dialed = in.readUTF();
        Direction direction = Direction.valueOf(in.readUTF());
        String[] texts = new String[11];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = in.readUTF();
        }
        Attribution attribution = new Attribution(in.readUTF(), in.readUTF(), in.readBoolean());
        CallLeg leg = new CallLeg(pbx, sequence, position, start, zone, duration, ring, calling, dialed, direction,
                texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], texts[8], texts[9],
                texts[10], in.readLong(), in.readLong(), CallFeature.valueOf(in.readUTF()),
                CallFeature.valueOf(in.readUTF()), CallFeature.valueOf(in.readUTF()), attribution);
        CallClass callClass = CallClass.valueOf(in.readUTF());
        long billed = in.readLong();
        long minor = in.readLong();
        Currency currency = Currency.getInstance(in.readUTF());
        String tariff = in.readUTF();
        Money reference = new Money(in.readLong(), currency);
        return new RatedCall(leg, callClass, billed, new Money(minor, currency), tariff, reference);
    }

    private static void writeQuarantined(DataOutputStream out, Quarantined q) throws IOException {
        RawRecord raw = q.raw();
        out.writeLong(raw.position());
        out.writeUTF(raw.pbxId());
        out.writeLong(raw.sequence());
        out.writeLong(raw.receivedAt().getEpochSecond());
        out.writeInt(raw.receivedAt().getNano());
        out.writeBoolean(raw.truncated());
        out.writeInt(raw.bytes().length);
        out.write(raw.bytes());
        out.writeUTF(q.reason());
    }

    private static Quarantined readQuarantined(DataInputStream in) throws IOException {
        long position = in.readLong();
        String pbx = in.readUTF();
        long sequence = in.readLong();
        Instant received = Instant.ofEpochSecond(in.readLong(), in.readInt());
        boolean truncated = in.readBoolean();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new Quarantined(new RawRecord(position, pbx, sequence, received, bytes, truncated), in.readUTF());
    }
}
