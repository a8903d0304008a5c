package org.bluewhale.core.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bluewhale.core.ThreadPriorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pipeline stage on its own thread: takes a batch from its bounded input queue, transforms
 * it, and puts the result on the next queue (waiting while that one is full, which is how a slow
 * stage holds the ones before it back).
 */
final class StageThread<I, O> extends Thread {

    private static final Logger log = LoggerFactory.getLogger(StageThread.class);

    private final BlockingQueue<I> in;
    private final Function<I, O> work;
    private final BlockingQueue<O> out;
    private final Thread upstream;

    StageThread(String name, Thread upstream, BlockingQueue<I> in, Function<I, O> work,
                BlockingQueue<O> out) {
        super(name);
        this.upstream = upstream;
        this.in = in;
        this.work = work;
        this.out = out;
        setDaemon(true);
        setPriority(ThreadPriorities.PROCESSING);
    }

    /** Ends once the stage before it has ended and everything it handed on is processed. */
    private boolean done() {
        return !upstream.isAlive() && in.isEmpty();
    }

    @Override
    public void run() {
        try {
            while (!done()) {
                I batch = in.poll(50, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    out.put(work.apply(batch));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The stage functions turn bad records into quarantine entries; reaching here is a bug.
            log.error("pipeline stage {} stopped by an unexpected error", getName(), e);
        }
    }
}
