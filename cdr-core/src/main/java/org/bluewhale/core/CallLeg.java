package org.bluewhale.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One call record in Bluewhale's internal form, whatever PBX format it came from.
 *
 * @param pbxId          source PBX
 * @param sequence       per-PBX sequence of the raw record it was decoded from (the unique key)
 * @param position       journal position of that raw record
 * @param start          when the call started (answered, or offered if never answered), in UTC
 * @param zone           the PBX's time zone, kept so local time can always be shown
 * @param durationSeconds talk time in whole seconds (0 when not connected)
 * @param ringSeconds    time before answer, when the format tells it, else 0
 * @param callingNumber  the calling party (an extension for outgoing calls)
 * @param dialedNumber   the number dialed or called, as the PBX wrote it (access code stripped
 *                       when the format carries it separately)
 * @param direction      outgoing, incoming, internal...
 * @param conditionCode  the PBX's own call condition/cause, verbatim, or empty
 * @param accountCode    account code entered by the caller, or empty
 * @param authCode       authorisation code, or empty
 * @param trunkIn        incoming trunk/circuit, or empty
 * @param trunkOut       outgoing trunk/circuit, or empty
 * @param correlationId  key that groups legs of one call (e.g. Cisco globalCallID), or empty
 * @param originalCalledNumber the number first called before any forward or transfer, or empty
 * @param finalCalledNumber    the number that finally answered (or last rang), or empty
 * @param lastRedirectingNumber the last party that redirected the call (forward, transfer), or empty
 * @param callingDevice  the PBX's name of the calling device or channel, or empty
 * @param calledDevice   the PBX's name of the called device or channel, or empty
 * @param callingLegId   the PBX's id of the calling party's leg (Cisco origLegCallIdentifier), or 0;
 *                       legs sharing a party leg id belong to one call
 * @param calledLegId    the PBX's id of the called party's leg (Cisco destLegIdentifier), or 0
 * @param joinedBy       the feature that made this leg part of an existing call (the transferred
 *                       call, a conference bridge leg, a park retrieval), or NONE
 * @param endedBy        the feature that ended this leg so the call could go on elsewhere (the
 *                       original and consultation legs of a transfer or conference, a park), or NONE
 * @param redirectedBy   the feature that redirected the call before it was answered (forward,
 *                       pickup, immediate divert, hunt group), or NONE
 * @param attribution    what correlation decided: assembled call and who pays; NONE before it
 */
public record CallLeg(String pbxId, long sequence, long position, Instant start, ZoneId zone,
                      int durationSeconds, int ringSeconds, String callingNumber, String dialedNumber,
                      Direction direction, String conditionCode, String accountCode, String authCode,
                      String trunkIn, String trunkOut, String correlationId,
                      String originalCalledNumber, String finalCalledNumber, String lastRedirectingNumber,
                      String callingDevice, String calledDevice,
                      long callingLegId, long calledLegId, CallFeature joinedBy, CallFeature endedBy,
                      CallFeature redirectedBy, Attribution attribution) {

    /** A leg without correlation keys or attribution (PBX formats that carry none). */
    public CallLeg(String pbxId, long sequence, long position, Instant start, ZoneId zone,
                   int durationSeconds, int ringSeconds, String callingNumber, String dialedNumber,
                   Direction direction, String conditionCode, String accountCode, String authCode,
                   String trunkIn, String trunkOut, String correlationId,
                   String originalCalledNumber, String finalCalledNumber, String lastRedirectingNumber,
                   String callingDevice, String calledDevice) {
        this(pbxId, sequence, position, start, zone, durationSeconds, ringSeconds, callingNumber, dialedNumber,
                direction, conditionCode, accountCode, authCode, trunkIn, trunkOut, correlationId,
                originalCalledNumber, finalCalledNumber, lastRedirectingNumber, callingDevice, calledDevice,
                0, 0, CallFeature.NONE, CallFeature.NONE, CallFeature.NONE, Attribution.NONE);
    }

    public CallLeg {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(direction, "direction");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("negative duration " + durationSeconds);
        }
        callingNumber = nz(callingNumber);
        dialedNumber = nz(dialedNumber);
        conditionCode = nz(conditionCode);
        accountCode = nz(accountCode);
        authCode = nz(authCode);
        trunkIn = nz(trunkIn);
        trunkOut = nz(trunkOut);
        correlationId = nz(correlationId);
        originalCalledNumber = nz(originalCalledNumber);
        finalCalledNumber = nz(finalCalledNumber);
        lastRedirectingNumber = nz(lastRedirectingNumber);
        callingDevice = nz(callingDevice);
        calledDevice = nz(calledDevice);
        joinedBy = joinedBy == null ? CallFeature.NONE : joinedBy;
        endedBy = endedBy == null ? CallFeature.NONE : endedBy;
        redirectedBy = redirectedBy == null ? CallFeature.NONE : redirectedBy;
        attribution = attribution == null ? Attribution.NONE : attribution;
    }

    /** This leg with correlation's decision on it. */
    public CallLeg withAttribution(Attribution decided) {
        return new CallLeg(pbxId, sequence, position, start, zone, durationSeconds, ringSeconds, callingNumber,
                dialedNumber, direction, conditionCode, accountCode, authCode, trunkIn, trunkOut, correlationId,
                originalCalledNumber, finalCalledNumber, lastRedirectingNumber, callingDevice, calledDevice,
                callingLegId, calledLegId, joinedBy, endedBy, redirectedBy, decided);
    }

    /**
     * This leg billed as another direction: correlation bills the part of an outgoing call that
     * continues after a transfer, conference or park as outgoing to the outside party it reached.
     */
    public CallLeg withBilling(Direction billedDirection, String billedDialed, String billedTrunkIn,
                               String billedTrunkOut, Attribution decided) {
        return new CallLeg(pbxId, sequence, position, start, zone, durationSeconds, ringSeconds, callingNumber,
                billedDialed, billedDirection, conditionCode, accountCode, authCode, billedTrunkIn, billedTrunkOut,
                correlationId, originalCalledNumber, finalCalledNumber, lastRedirectingNumber, callingDevice,
                calledDevice, callingLegId, calledLegId, joinedBy, endedBy, redirectedBy, decided);
    }

    /** When the leg ended: start plus talk time. */
    public Instant end() {
        return start.plusSeconds(durationSeconds);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Starts a leg decoded from {@code raw}; the builder fills the rest. */
    public static Builder from(RawRecord raw, ZoneId zone) {
        return builder(raw.pbxId(), raw.sequence(), raw.position(), zone);
    }

    /** Starts a leg of the record {@code sequence} of {@code pbxId} at journal {@code position}. */
    public static Builder builder(String pbxId, long sequence, long position, ZoneId zone) {
        return new Builder(pbxId, sequence, position, zone);
    }

    /** Builder for decoders, which fill fields one at a time. */
    public static final class Builder {
        private final String pbxId;
        private final long sequence;
        private final long position;
        private final ZoneId zone;
        private Instant start;
        private int durationSeconds;
        private int ringSeconds;
        private String callingNumber;
        private String dialedNumber;
        private Direction direction = Direction.UNKNOWN;
        private String conditionCode;
        private String accountCode;
        private String authCode;
        private String trunkIn;
        private String trunkOut;
        private String correlationId;
        private String originalCalledNumber;
        private String finalCalledNumber;
        private String lastRedirectingNumber;
        private String callingDevice;
        private String calledDevice;
        private long callingLegId;
        private long calledLegId;
        private CallFeature joinedBy;
        private CallFeature endedBy;
        private CallFeature redirectedBy;

        private Builder(String pbxId, long sequence, long position, ZoneId zone) {
            this.pbxId = pbxId;
            this.sequence = sequence;
            this.position = position;
            this.zone = zone;
        }

        public Builder start(Instant v) { start = v; return this; }
        public Builder durationSeconds(int v) { durationSeconds = v; return this; }
        public Builder ringSeconds(int v) { ringSeconds = v; return this; }
        public Builder callingNumber(String v) { callingNumber = v; return this; }
        public Builder dialedNumber(String v) { dialedNumber = v; return this; }
        public Builder direction(Direction v) { direction = v; return this; }
        public Builder conditionCode(String v) { conditionCode = v; return this; }
        public Builder accountCode(String v) { accountCode = v; return this; }
        public Builder authCode(String v) { authCode = v; return this; }
        public Builder trunkIn(String v) { trunkIn = v; return this; }
        public Builder trunkOut(String v) { trunkOut = v; return this; }
        public Builder correlationId(String v) { correlationId = v; return this; }
        public Builder originalCalledNumber(String v) { originalCalledNumber = v; return this; }
        public Builder finalCalledNumber(String v) { finalCalledNumber = v; return this; }
        public Builder lastRedirectingNumber(String v) { lastRedirectingNumber = v; return this; }
        public Builder callingDevice(String v) { callingDevice = v; return this; }
        public Builder calledDevice(String v) { calledDevice = v; return this; }
        public Builder callingLegId(long v) { callingLegId = v; return this; }
        public Builder calledLegId(long v) { calledLegId = v; return this; }
        public Builder joinedBy(CallFeature v) { joinedBy = v; return this; }
        public Builder endedBy(CallFeature v) { endedBy = v; return this; }
        public Builder redirectedBy(CallFeature v) { redirectedBy = v; return this; }

        public CallLeg build() {
            return new CallLeg(pbxId, sequence, position, start, zone, durationSeconds, ringSeconds,
                    callingNumber, dialedNumber, direction, conditionCode, accountCode, authCode,
                    trunkIn, trunkOut, correlationId, originalCalledNumber, finalCalledNumber,
                    lastRedirectingNumber, callingDevice, calledDevice, callingLegId, calledLegId,
                    joinedBy, endedBy, redirectedBy, Attribution.NONE);
        }
    }
}
