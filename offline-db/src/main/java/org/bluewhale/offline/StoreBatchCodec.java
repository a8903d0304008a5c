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
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.StoreBatch;

/**
 * A {@link StoreBatch} as the bytes of one offline-database row: every field of every call,
 * quarantined record and quality report, so the batch drains back into the main database exactly as it was written.
 * Deflated at the fastest level: PBX names, zones, trunks and tariffs repeat in every call.
 *
 * <pre>
 * payload  = deflate( version u8 (=3) | position i64 | calls i32 | quarantined i32 | quality i32
 *                     | call* | record* | report* )     version 2: no quality count, no reports
 * call     = pbx s | sequence i64 | position i64 | start second i64 | start nano i32 | zone s
 *            | duration i32 | ring i32 | calling s | dialed s | direction s | condition s | account s
 *            | auth s | trunk-in s | trunk-out s | correlation s | original-called s | final-called s
 *            | last-redirecting s | calling-device s | called-device s
 *            | call-id s | charged-to s | released-alone u8
 *            | calling-leg i64 | called-leg i64 | joined-by s | ended-by s | redirected-by s
 *            | class s | billed i64 | cost minor i64 | currency s | tariff s | reference cost minor i64
 * record   = position i64 | pbx s | sequence i64 | received second i64 | received nano i32
 *            | truncated u8 | length i32 | raw bytes | reason s
 * report   = pbx s | sequence i64 | position i64 | correlation s | device s | directory-number s
 *            | reported second i64 | reported nano i32 | packets sent i64 | received i64 | lost i64
 *            | jitter i64 | latency i64 | metrics s (name=value;...)
 * s        = modified UTF-8 with a u16 length (DataOutput.writeUTF); enums by name, never ordinal
 * </pre>
 */
final class StoreBatchCodec {

    /** 3: with call-quality reports; 2 (attribution and reference cost, no reports) is still read. */
    private static final int VERSION = 3;
    private static final int WITHOUT_QUALITY = 2;

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
            out.writeInt(batch.quality().size());
            for (RatedCall call : batch.calls()) {
                writeCall(out, call);
            }
            for (Quarantined q : batch.quarantined()) {
                writeQuarantined(out, q);
            }
            for (CallQuality q : batch.quality()) {
                writeQuality(out, q);
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
            if (version != VERSION && version != WITHOUT_QUALITY) {
                throw new IllegalStateException("offline batch of unknown version " + version);
            }
            long position = in.readLong();
            int callCount = in.readInt();
            int quarantinedCount = in.readInt();
            int qualityCount = version == WITHOUT_QUALITY ? 0 : in.readInt();
            List<RatedCall> calls = new ArrayList<>(callCount);
            for (int i = 0; i < callCount; i++) {
                calls.add(readCall(in));
            }
            List<Quarantined> quarantined = new ArrayList<>(quarantinedCount);
            for (int i = 0; i < quarantinedCount; i++) {
                quarantined.add(readQuarantined(in));
            }
            List<CallQuality> quality = new ArrayList<>(qualityCount);
            for (int i = 0; i < qualityCount; i++) {
                quality.add(readQuality(in));
            }
            return new StoreBatch(calls, quarantined, quality, position);
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

    private static void writeQuality(DataOutputStream out, CallQuality q) throws IOException {
        out.writeUTF(q.pbxId());
        out.writeLong(q.sequence());
        out.writeLong(q.position());
        out.writeUTF(q.correlationId());
        out.writeUTF(q.deviceName());
        out.writeUTF(q.directoryNumber());
        out.writeLong(q.reportedAt().getEpochSecond());
        out.writeInt(q.reportedAt().getNano());
        for (long value : new long[] {q.packetsSent(), q.packetsReceived(), q.packetsLost(), q.jitterMs(),
                q.latencyMs()}) {
            out.writeLong(value);
        }
        out.writeUTF(q.metricsText());
    }

    private static CallQuality readQuality(DataInputStream in) throws IOException {
        String pbx = in.readUTF();
        long sequence = in.readLong();
        long position = in.readLong();
        String correlation = in.readUTF();
        String device = in.readUTF();
        String number = in.readUTF();
        Instant reported = Instant.ofEpochSecond(in.readLong(), in.readInt());
        long sent = in.readLong();
        long received = in.readLong();
        long lost = in.readLong();
        long jitter = in.readLong();
        long latency = in.readLong();
        Map<String, String> metrics = CallQuality.metricsOf(in.readUTF());
        return new CallQuality(pbx, sequence, position, correlation, device, number, reported, sent, received, lost,
                jitter, latency, metrics);
    }
}
