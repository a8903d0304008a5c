package org.bluewhale.store.cdr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a re-rating job ({@link RerateJobs}): reads the period's calls in start order, a batch at a
 * time, prices those matching the job's filters again and writes each batch with the job's cursor
 * in one transaction; at the end the daily cost roll-up of the period is made again.
 *
 * <p>Volume tiers count a plan's month in call order, over every PBX, so every call of the period
 * is read, the ones left out by the filters counted as stored; a run starts its counters from the
 * stored calls before its cursor (the month so far, and what an earlier run already re-rated).
 * So a job stopped part-way resumes with exactly the counts an uninterrupted run would have, and
 * running a job again prices every call as the first run did and changes nothing.
 */
public final class Rerating {

    private static final Logger LOG = LoggerFactory.getLogger(Rerating.class);
    /** Far enough back from an instant to hold the start of its month in any time zone. */
    public static final Duration MONTH_BACK = Duration.ofDays(32);

    private final RerateJobs jobs;
    private final CdrReader reader;
    private final BiConsumer<Instant, Instant> rollUp;
    private final int batchSize;

    /** @param rollUp makes the daily cost roll-up of the days not done in a period again */
    public Rerating(RerateJobs jobs, CdrReader reader, BiConsumer<Instant, Instant> rollUp, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.jobs = jobs;
        this.reader = reader;
        this.rollUp = rollUp;
        this.batchSize = batchSize;
    }

    /**
     * Runs (or resumes) job {@code id} to its end; a job already done is left as it is.
     *
     * @param rater a rater made for this run, with volume counters no other run has used
     * @return the job as it ended: DONE, or FAILED with the error (run it again to resume)
     */
    public RerateJob run(long id, Rerater rater) {
        RerateJob job = jobs.find(id).orElseThrow(() -> new IllegalArgumentException("no re-rating job " + id));
        if (job.finished()) {
            return job;
        }
        jobs.setStatus(id, RerateJob.Status.RUNNING, null);
        try {
            RerateJobs.Cursor cursor = jobs.cursorOf(id);
            Set<String> counted = rater.countedTariffs();
            Instant seedFrom = job.from().minus(MONTH_BACK);
            if (cursor.start() == null) {
                reader.usage(seedFrom, job.from().toEpochMilli() - 1, Long.MAX_VALUE, counted, rater::countStored);
            } else {
                reader.usage(seedFrom, cursor.start(), cursor.key(), counted, rater::countStored);
            }
            while (true) {
                List<StoredCdr> batch = reader.after(job.from(), job.to(), cursor.start(), cursor.key(), batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                List<RerateJobs.Rerated> rerated = new ArrayList<>(batch.size());
                for (StoredCdr call : batch) {
                    if (matches(job, call, rater)) {
                        rerated.add(new RerateJobs.Rerated(call, rater.rate(call.asLeg())));
                    } else if (counted.contains(call.tariff())) {
                        rater.countStored(call);
                    }
                }
                StoredCdr last = batch.get(batch.size() - 1);
                jobs.commitBatch(id, batch.size(), rerated, cursor, last);
                rerated.stream().filter(RerateJobs.Rerated::changed).forEach(call -> rater.rerated(call.stored(), call.rated()));
                cursor = new RerateJobs.Cursor(last.start().toEpochMilli(), last.key());
            }
            rollUp.accept(job.from(), job.to());
            jobs.setStatus(id, RerateJob.Status.DONE, null);
        } catch (RerateJobs.MovedOn e) {
            LOG.info("{}", e.getMessage()); // the other run carries on and ends the job
        } catch (RuntimeException e) {
            LOG.error("re-rating job {} failed; run it again to resume after its last batch: {}", id, e.getMessage(), e);
            jobs.setStatus(id, RerateJob.Status.FAILED, String.valueOf(e.getMessage()));
        }
        return jobs.find(id).orElseThrow();
    }

    private static boolean matches(RerateJob job, StoredCdr call, Rerater rater) {
        return (job.pbx() == null || job.pbx().equals(call.pbx()))
                && (job.site() == null || job.site().equals(rater.siteOf(call.pbx())))
                && (job.carrier() == null || call.tariff().startsWith(job.carrier() + "/"));
    }
}
