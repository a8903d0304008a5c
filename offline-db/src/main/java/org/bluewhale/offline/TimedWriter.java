package org.bluewhale.offline;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bluewhale.core.ThreadPriorities;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.core.spi.StoreBatch;

/**
 * Writes to the main database on a thread of its own, one batch at a time, and gives up waiting
 * after a deadline. A write that hangs (a stalled connection without a socket timeout) keeps the
 * thread, and every later write is refused at once until it returns: nothing piles up in memory.
 * If the hung write commits in the end, its batch is in the main database as well as in the
 * offline one; draining it again is harmless because rows are keyed. A batch the fence of a
 * clustered node refuses ({@link OwnershipLost}) is not a failure of the database: it is thrown
 * as it is, for the pipeline to write again without those PBXs.
 */
final class TimedWriter implements AutoCloseable {

    /** The main database did not take the batch. */
    static final class Failed extends Exception {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CdrStore main;
    private final Duration timeout;
    private final Semaphore idle = new Semaphore(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "offline-main-writer");
        t.setDaemon(true);
        t.setPriority(ThreadPriorities.PROCESSING);
        return t;
    });

    TimedWriter(CdrStore main, Duration timeout) {
        this.main = main;
        this.timeout = timeout;
    }

    void write(StoreBatch batch) throws Failed, InterruptedException {
        if (!idle.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new Failed("an earlier write to the main database has not returned for over " + timeout, null);
        }
        Future<?> done;
        try {
            done = thread.submit(() -> {
                try {
                    main.write(batch);
                } finally {
                    idle.release();
                }
            });
        } catch (RuntimeException e) {
            idle.release();
            throw e;
        }
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Failed("the main database did not answer within " + timeout, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OwnershipLost && e.getCause() instanceof RuntimeException refused) {
                throw refused; // the database works; this node may not write those PBXs (clustered)
            }
            throw new Failed(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
