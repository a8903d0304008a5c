package org.bluewhale.reports.standard;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.bluewhale.reports.calls.ReportedCall;

/** The running sums of one group of calls (or of the whole report) that {@link Measure}s read. */
public final class Tally {

    /** An unanswered call that rang this long at most was abandoned by the caller rather than missed. */
    public static final int ABANDONED_WITHIN_SECONDS = 10;

    long calls;
    long seconds;
    long costMinor;
    long referenceMinor;
    long unanswered;
    long abandoned;
    long unansweredRingSeconds;
    /** Per local hour of the call's start: calls and seconds; only when a busy-hour measure asks. */
    private final Map<LocalDateTime, long[]> hours;
    private final ZoneId zone;

    Tally(boolean tracksHours, ZoneId zone) {
        this.hours = tracksHours ? new HashMap<>() : null;
        this.zone = zone;
    }

    void add(ReportedCall call) {
        calls++;
        seconds += call.durationSeconds();
        costMinor += call.costMinor();
        referenceMinor += call.referenceMinor();
        if (!call.answered()) {
            unanswered++;
            unansweredRingSeconds += call.ringSeconds();
            if (call.ringSeconds() <= ABANDONED_WITHIN_SECONDS) {
                abandoned++;
            }
        }
        if (hours != null) {
            long[] hour = hours.computeIfAbsent(LocalDateTime.ofInstant(call.start(), zone).truncatedTo(ChronoUnit.HOURS),
                    h -> new long[2]);
            hour[0]++;
            hour[1] += call.durationSeconds();
        }
    }

    void add(Tally other) {
        calls += other.calls;
        seconds += other.seconds;
        costMinor += other.costMinor;
        referenceMinor += other.referenceMinor;
        unanswered += other.unanswered;
        abandoned += other.abandoned;
        unansweredRingSeconds += other.unansweredRingSeconds;
        if (hours != null && other.hours != null) {
            other.hours.forEach((hour, sums) -> {
                long[] mine = hours.computeIfAbsent(hour, h -> new long[2]);
                mine[0] += sums[0];
                mine[1] += sums[1];
            });
        }
    }

    /** The local hour with the most traffic (seconds of calls started in it), earliest on a tie; null without calls. */
    Map.Entry<LocalDateTime, long[]> busiestHour() {
        return hours == null ? null : hours.entrySet().stream()
                .max(Map.Entry.<LocalDateTime, long[]>comparingByValue((a, b) -> Long.compare(a[1], b[1]))
                        .thenComparing(Map.Entry.<LocalDateTime, long[]>comparingByKey().reversed()))
                .orElse(null);
    }
}
