package org.bluewhale.connectors.csv;

import java.time.Instant;
import java.time.ZoneId;
import org.bluewhale.connectors.layout.LocalTimestampPattern;
import org.bluewhale.connectors.layout.PbxLocalTime;

/**
 * Reads the timing that Asterisk and FreeSWITCH CSV CDRs share, five consecutive columns:
 * start, answer (empty when unanswered), end, duration and billsec. Times are wall-clock
 * {@code yyyy-MM-dd HH:mm:ss} in the PBX's zone (DST by the zone's rules, {@link PbxLocalTime}),
 * durations whole seconds. One instance per decoder thread: it keeps the last rejection reason.
 */
public final class CsvCallTimes {

    /**
     * A call's timing as both switches write it.
     *
     * @param answer null when the call was not answered
     */
    public record Timing(Instant start, Instant answer, int durationSeconds, int billSeconds) {

        /** When talk began: the answer, or the start of a call never answered. */
        public Instant talkStart() {
            return answer != null ? answer : start;
        }

        /** Time before answer: duration minus billsec, never negative. */
        public int ringSeconds() {
            return Math.max(0, durationSeconds - billSeconds);
        }
    }

    /** How both switches write a time. */
    public static final LocalTimestampPattern PATTERN = LocalTimestampPattern.compile("yyyy-MM-dd HH:mm:ss");

    private final PbxLocalTime clock;
    private final String[] names;
    private String rejection;

    /**
     * @param zone       the PBX's zone
     * @param startName  the switch's names for the start, answer and end columns, for rejection reasons
     */
    public CsvCallTimes(ZoneId zone, String startName, String answerName, String endName) {
        this.clock = new PbxLocalTime(zone);
        this.names = new String[] {startName, answerName, endName, "duration", "billsec"};
    }

    /**
     * The timing in columns {@code first} .. {@code first + 4}, or null when a field is malformed;
     * {@link #rejection()} then says which and why.
     */
    public Timing read(CsvRow row, int first) {
        Instant start = instant(row.get(first));
        if (start == null) {
            return reject(badTime(names[0], row.get(first), first));
        }
        String answerField = row.get(first + 1);
        Instant answer = answerField.isEmpty() ? null : instant(answerField);
        if (answer == null && !answerField.isEmpty()) {
            return reject(badTime(names[1], answerField, first + 1));
        }
        if (instant(row.get(first + 2)) == null) {
            return reject(badTime(names[2], row.get(first + 2), first + 2));
        }
        int duration = seconds(row.get(first + 3));
        if (duration < 0) {
            return reject(badSeconds(names[3], row.get(first + 3), first + 3));
        }
        int billsec = seconds(row.get(first + 4));
        if (billsec < 0) {
            return reject(badSeconds(names[4], row.get(first + 4), first + 4));
        }
        return new Timing(start, answer, duration, billsec);
    }

    /** Why the last {@link #read} returned null. */
    public String rejection() {
        return rejection;
    }

    private Timing reject(String reason) {
        rejection = reason;
        return null;
    }

    /** The instant a field names, or null when it is not a valid {@link #PATTERN} date-time. */
    Instant instant(String field) {
        long local = PATTERN.parse(field);
        return local == LocalTimestampPattern.INVALID ? null : clock.toInstant(local);
    }

    /** A non-negative count of seconds up to 9 digits, or -1. */
    static int seconds(String field) {
        if (field.length() > 9 || !ExtensionNumbers.allDigits(field, 0)) {
            return -1;
        }
        return Integer.parseInt(field);
    }

    private static String badTime(String name, String field, int column) {
        return name + " '" + field + "' is not a " + PATTERN + " date-time (column " + column + ")";
    }

    private static String badSeconds(String name, String field, int column) {
        return name + " '" + field + "' is not a whole number of seconds (column " + column + ")";
    }
}
