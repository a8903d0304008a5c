package org.bluewhale.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/** Decodes raw records with each PBX's decoder; whatever cannot be decoded is quarantined. */
final class DecodeStage implements Function<List<RawRecord>, DecodedBatch> {

    private final Function<String, RecordDecoder> decoderOfPbx;
    private final Map<String, RecordDecoder> decoders = new HashMap<>();

    /** @param decoderOfPbx a new decoder for a configured PBX id, or null for an unknown one */
    DecodeStage(Function<String, RecordDecoder> decoderOfPbx) {
        this.decoderOfPbx = decoderOfPbx;
    }

    @Override
    public DecodedBatch apply(List<RawRecord> records) {
        List<CallLeg> legs = new ArrayList<>(records.size());
        List<Quarantined> rejected = new ArrayList<>();
        List<CallQuality> quality = new ArrayList<>();
        int skipped = 0;
        for (RawRecord record : records) {
            Decoded decoded = decode(record);
            if (decoded instanceof Decoded.Leg leg) {
                legs.add(leg.leg());
            } else if (decoded instanceof Decoded.Quality q) {
                quality.add(q.quality());
            } else if (decoded instanceof Decoded.Rejected r) {
                rejected.add(new Quarantined(record, r.reason()));
            } else {
                skipped++;
            }
        }
        long last = records.get(records.size() - 1).position();
        return new DecodedBatch(legs, rejected, quality, skipped, last);
    }

    /**
     * The PBX's decoder; for a PBX that is not configured, or whose decoder cannot be made (a
     * format no longer installed), one that quarantines every record with the reason.
     */
    private RecordDecoder newDecoder(String pbxId) {
        String reason;
        try {
            RecordDecoder decoder = decoderOfPbx.apply(pbxId);
            if (decoder != null) {
                return decoder;
            }
            reason = "PBX '" + pbxId + "' is not configured";
        } catch (RuntimeException e) {
            reason = "PBX '" + pbxId + "' has no decoder: " + e.getMessage();
        }
        Decoded rejection = Decoded.rejected(reason);
        return record -> rejection;
    }

    private Decoded decode(RawRecord record) {
        if (record.truncated()) {
            return Decoded.rejected("record longer than the framing limit; only its first "
                    + record.bytes().length + " bytes were kept");
        }
        RecordDecoder decoder = decoders.computeIfAbsent(record.pbxId(), this::newDecoder);
        try {
            return decoder.decode(record);
        } catch (RuntimeException e) {
            return Decoded.rejected("decoder error: " + e);
        }
    }
}
