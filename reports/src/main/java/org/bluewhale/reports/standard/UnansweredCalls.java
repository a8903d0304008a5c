package org.bluewhale.reports.standard;

import org.bluewhale.core.Direction;

/**
 * Inbound calls per called extension: how many were answered, how many not (no talk time), and
 * of those how many the caller abandoned within {@value Tally#ABANDONED_WITHIN_SECONDS} s of ringing.
 */
public final class UnansweredCalls extends GroupedDefinition {

    public UnansweredCalls() {
        super("unanswered", "inbound calls per extension: answered, unanswered, abandoned within "
                + Tally.ABANDONED_WITHIN_SECONDS + " s, average ring of the unanswered",
                GroupedReport.of("Unanswered and abandoned inbound calls",
                Keys.EXTENSION_COLUMNS, Keys::extension, Measure.CALLS, Measure.ANSWERED, Measure.UNANSWERED,
                Measure.ABANDONED, Measure.AVERAGE_RING_UNANSWERED, Measure.COST).including(call -> call.direction() == Direction.INCOMING));
    }
}
