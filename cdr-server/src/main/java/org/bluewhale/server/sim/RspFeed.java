package org.bluewhale.server.sim;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.locks.LockSupport;
import org.bluewhale.rsp.bluewhale.MemoryOutbox;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspSender;

/**
 * Plays a remote unit for the simulator: puts the feed's records into an outbox, paced or as fast
 * as the link takes them, and returns once the server acknowledged all of them.
 */
public final class RspFeed {

    private static final int OUTBOX_RECORDS = 200_000;

    private RspFeed() {
    }

    /**
     * @param recordsPerSecond the pace, or 0 for as fast as possible
     * @return records sent and acknowledged
     */
    public static long send(RspClientConfig config, Iterator<byte[]> records, double recordsPerSecond)
            throws InterruptedException {
        MemoryOutbox outbox = new MemoryOutbox(OUTBOX_RECORDS);
        long offered = 0;
        try (RspSender sender = RspSender.start(config, outbox)) {
            long start = System.nanoTime();
            while (records.hasNext()) {
                outbox.offer(records.next());
                offered++;
                if (recordsPerSecond > 0) {
                    long due = start + (long) (offered * 1e9 / recordsPerSecond);
                    LockSupport.parkNanos(due - System.nanoTime());
                }
            }
            while (!sender.flush(Duration.ofSeconds(10))) {
                System.err.println("waiting for the server to acknowledge: " + outbox.size() + " record(s) left"
                        + (sender.lastError() == null ? "" : " (" + sender.lastError() + ")"));
            }
        }
        return offered;
    }
}
