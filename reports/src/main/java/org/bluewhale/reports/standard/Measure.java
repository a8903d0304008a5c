package org.bluewhale.reports.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Map;
import org.bluewhale.reports.ReportColumn;

/** A column a grouped report sums per group, and how it is read from a {@link Tally}. */
public enum Measure {
    CALLS(ReportColumn.count("Calls")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.calls;
        }
    },
    DURATION(ReportColumn.duration("Total duration")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.seconds;
        }
    },
    COST(ReportColumn.money("Cost")) {
        Object value(Tally t, Tally previous, int decimals) {
            return money(t.costMinor, decimals);
        }
    },
    REFERENCE_COST(ReportColumn.money("Reference cost")) {
        Object value(Tally t, Tally previous, int decimals) {
            return money(t.referenceMinor, decimals);
        }
    },
    SAVINGS(ReportColumn.money("Savings")) {
        Object value(Tally t, Tally previous, int decimals) {
            return money(t.referenceMinor - t.costMinor, decimals);
        }
    },
    /** Rounded half-even to the currency's minor unit; empty for a group without calls. */
    AVERAGE_COST(ReportColumn.money("Average cost per call")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.calls == 0 ? null : money(t.costMinor, decimals).divide(BigDecimal.valueOf(t.calls), decimals,
                    RoundingMode.HALF_EVEN);
        }
    },
    /** Cost minus the previous row's; empty on the first row and the total. */
    COST_CHANGE(ReportColumn.money("Change")) {
        Object value(Tally t, Tally previous, int decimals) {
            return previous == null ? null : money(t.costMinor - previous.costMinor, decimals);
        }
    },
    ANSWERED(ReportColumn.count("Answered")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.calls - t.unanswered;
        }
    },
    UNANSWERED(ReportColumn.count("Unanswered")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.unanswered;
        }
    },
    ABANDONED(ReportColumn.count("Abandoned (rang " + Tally.ABANDONED_WITHIN_SECONDS + " s or less)")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.abandoned;
        }
    },
    /** Whole seconds, rounded down. */
    AVERAGE_RING_UNANSWERED(ReportColumn.duration("Average ring, unanswered")) {
        Object value(Tally t, Tally previous, int decimals) {
            return t.unanswered == 0 ? null : t.unansweredRingSeconds / t.unanswered;
        }
    },
    BUSY_HOUR(ReportColumn.text("Busy hour")) {
        Object value(Tally t, Tally previous, int decimals) {
            Map.Entry<LocalDateTime, long[]> hour = t.busiestHour();
            return hour == null ? null : Keys.HOUR.format(hour.getKey());
        }
    },
    BUSY_HOUR_CALLS(ReportColumn.count("Busy-hour calls")) {
        Object value(Tally t, Tally previous, int decimals) {
            Map.Entry<LocalDateTime, long[]> hour = t.busiestHour();
            return hour == null ? null : hour.getValue()[0];
        }
    },
    /** Seconds of calls started in the busy hour: 3,600 s are one erlang. */
    BUSY_HOUR_TRAFFIC(ReportColumn.duration("Busy-hour traffic")) {
        Object value(Tally t, Tally previous, int decimals) {
            Map.Entry<LocalDateTime, long[]> hour = t.busiestHour();
            return hour == null ? null : hour.getValue()[1];
        }
    };

    private final ReportColumn column;

    Measure(ReportColumn column) {
        this.column = column;
    }

    public ReportColumn column() {
        return column;
    }

    /** This measure of {@code t}; {@code previous} is the row before (null on the first and the total). */
    abstract Object value(Tally t, Tally previous, int decimals);

    boolean needsHours() {
        return this == BUSY_HOUR || this == BUSY_HOUR_CALLS || this == BUSY_HOUR_TRAFFIC;
    }

    static BigDecimal money(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals);
    }
}
