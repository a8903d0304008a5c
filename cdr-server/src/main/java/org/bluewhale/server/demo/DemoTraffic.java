package org.bluewhale.server.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.org.OrgRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: a simulated Avaya PBX that connects to the demo listener over loopback TCP and
 * sends a steady trickle of calls, exactly as a real PBX would, so a newcomer sees live traffic.
 */
public final class DemoTraffic implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);
    private static final double RECORDS_PER_SECOND = 5;

    private final Thread thread;
    private volatile TcpRecordSender sender;
    private volatile boolean running = true;

    private DemoTraffic(int port) {
        this.thread = new Thread(() -> run(port), "demo-pbx");
        thread.setDaemon(true);
    }

    /** Seeds the demo company (first run only) and starts feeding the listener on {@code port}. */
    public static DemoTraffic start(OrgRepository org, int port) {
        int people = DemoCompany.seedIfEmpty(org);
        if (people > 0) {
            log.info("demo company seeded with {} people holding extensions 2000-2999", people);
        }
        DemoTraffic traffic = new DemoTraffic(port);
        traffic.thread.start();
        return traffic;
    }

    private void run(int port) {
        long seed = System.currentTimeMillis();
        while (running) {
            try (TcpRecordSender s = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", port))) {
                sender = s;
                log.info("demo PBX connected to 127.0.0.1:{}, sending {} calls/s", port, RECORDS_PER_SECOND);
                s.sendAtRate(new SimulatedFeed(DemoSetup.FORMAT, seed++, -1, Instant.now()), RECORDS_PER_SECOND);
            } catch (IOException e) {
                if (running) {
                    log.warn("demo PBX link lost ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        TcpRecordSender s = sender;
        if (s != null) {
            s.stop();
        }
        thread.interrupt();
    }
}
