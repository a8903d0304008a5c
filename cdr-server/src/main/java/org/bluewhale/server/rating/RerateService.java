package org.bluewhale.server.rating;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.store.cdr.RerateJobs;
import org.bluewhale.store.cdr.Rerating;
import org.bluewhale.web.EngineRerater;

/**
 * Runs re-rating jobs one after another on a daemon thread of their own, each with the rating
 * model in place when it starts; at start it resumes every job not done (pending,
 * running when the server stopped, or failed), after its last committed batch.
 */
public final class RerateService implements AutoCloseable {

    /** Calls per transaction: small enough to keep the roll-up lock short, large enough to be quick. */
    public static final int BATCH_SIZE = 1_000;

    private final Rerating rerating;
    private final Supplier<RatingEngine> engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rerate");
        thread.setDaemon(true);
        return thread;
    });

    public RerateService(RerateJobs jobs, Rerating rerating, Supplier<RatingEngine> engine) {
        this.rerating = rerating;
        this.engine = engine;
        jobs.unfinished().forEach(job -> start(job.id()));
    }

    /** Queues job {@code id}. */
    public void start(long id) {
        worker.execute(() -> rerating.run(id, EngineRerater.over(engine.get())));
    }

    /**
     * Stops taking jobs, without interrupting the one running (an interrupt could close H2's file
     * channel under it): if the database closes under it, its batch rolls back whole, the job is
     * FAILED and resumes after its last committed batch at the next start.
     */
    @Override
    public void close() {
        worker.shutdown();
    }
}
