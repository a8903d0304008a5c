package org.bluewhale.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One voice-quality report about a call, as a device sent it (a Cisco CMR): kept beside the call,
 * linked to it by {@code correlationId}, which is the same key the call's legs carry.
 *
 * @param pbxId           the PBX (source) it came from
 * @param sequence        per-PBX sequence number; (pbxId, sequence) identifies the report for ever
 * @param position        the record's place in the journal
 * @param correlationId   the call it is about, as {@link CallLeg#correlationId()}
 * @param deviceName      the reporting device (a phone, a gateway)
 * @param directoryNumber the device's number on the call, {@code ""} when none
 * @param reportedAt      when the device reported, UTC
 * @param metrics         the device's named quality values (Cisco varVQMetrics) in the order sent,
 *                        unknown names included; known ones are read with {@link #decimal(String)}
 */
public record CallQuality(String pbxId, long sequence, long position, String correlationId, String deviceName,
                          String directoryNumber, Instant reportedAt, long packetsSent, long packetsReceived,
                          long packetsLost, long jitterMs, long latencyMs, Map<String, String> metrics) {

    /** Listening-quality MOS estimate (MOS LQK), 1 to 5. */
    public static final String MOS = "MLQK";
    /** Cumulative conceal ratio: concealed frames over all frames since the call began. */
    public static final String CONCEALMENT_RATIO = "CCR";
    /** Interval conceal ratio: the same over the last interval. */
    public static final String INTERVAL_CONCEALMENT_RATIO = "ICR";
    /** Seconds with any concealment. */
    public static final String CONCEALED_SECONDS = "CS";
    /** Seconds with more than 5% concealment. */
    public static final String SEVERELY_CONCEALED_SECONDS = "SCS";

    public CallQuality {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(directoryNumber, "directoryNumber");
        Objects.requireNonNull(reportedAt, "reportedAt");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The named metric as a number, or null when the device did not send it. */
    public BigDecimal decimal(String name) {
        String value = metrics.get(name);
        return value == null ? null : new BigDecimal(value);
    }

    /**
     * Metrics written as {@code name=value;name=value} (a trailing {@code ;} allowed), in order;
     * IllegalArgumentException names a part that is not {@code name=value}.
     */
    public static Map<String, String> metricsOf(String text) {
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + trimmed + "' is not name=value");
            }
            metrics.put(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
        }
        return metrics;
    }

    /** The metrics as {@link #metricsOf(String)} reads them. */
    public String metricsText() {
        StringBuilder text = new StringBuilder();
        metrics.forEach((name, value) -> text.append(text.length() == 0 ? "" : ";").append(name).append('=')
                .append(value));
        return text.toString();
    }
}
