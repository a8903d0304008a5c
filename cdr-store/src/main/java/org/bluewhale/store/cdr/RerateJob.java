package org.bluewhale.store.cdr;

import java.time.Instant;

/**
 * A re-rating job as stored in {@code rerate_job} (V55): who asked for it and when, the period of
 * call starts [{@code from}, {@code to}) and its filters (null: all), and how far it got.
 *
 * @param callsTotal   calls of the period: all are read in start order, because volume tiers count
 *                     the month's calls of every PBX in that order
 * @param callsDone    of them read so far
 * @param callsRerated of them matching the filters, priced again
 * @param callsChanged of those, whose stored rating changed
 * @param costBefore   the re-rated calls' stored cost before, in minor units
 * @param costAfter    and after
 */
public record RerateJob(long id, String operator, Instant created, Instant updated, Instant from, Instant to,
                        String pbx, String site, String carrier, Status status, long callsTotal, long callsDone,
                        long callsRerated, long callsChanged, long costBefore, long costAfter, String error) {

    /** PENDING: not started; RUNNING: started (or stopped by a crash, resumed at start); FAILED: a batch failed. */
    public enum Status { PENDING, RUNNING, DONE, FAILED }

    /** The period and filters of a job to create. */
    public record Request(Instant from, Instant to, String pbx, String site, String carrier) {
        public Request {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("the period's end " + to + " must be after its start " + from);
            }
        }
    }

    /** What the audit log says was re-rated: the job, its period and filters. */
    public String summary() {
        return "job " + id + ": " + from + " to " + to + (pbx == null ? "" : " pbx " + pbx)
                + (site == null ? "" : " site " + site) + (carrier == null ? "" : " carrier " + carrier);
    }

    public boolean finished() {
        return status == Status.DONE;
    }
}
