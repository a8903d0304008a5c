package org.bluewhale.server.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a benchmark run's CPU went: CPU seconds per live thread between {@link #start} and
 * {@link #report}, plus the collectors' pause time. On two cores the store thread reaches its
 * store-only rate only if everything else fits on the other core, so this is the figure to watch.
 */
final class CpuAccount {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpuAtStart = new HashMap<>();
    private final long gcMillisAtStart;

    private CpuAccount() {
        for (long id : THREADS.getAllThreadIds()) {
            cpuAtStart.put(id, THREADS.getThreadCpuTime(id));
        }
        gcMillisAtStart = gcMillis();
    }

    static CpuAccount start() {
        return new CpuAccount();
    }

    /** CPU nanoseconds the calling thread has used. */
    static long currentThreadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** One line: each thread's CPU seconds since the start (above 0.05 s), largest first, then GC pauses. */
    String report() {
        Map<String, Double> seconds = new TreeMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long now = THREADS.getThreadCpuTime(id);
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (now < 0 || info == null) {
                continue;
            }
            double used = (now - cpuAtStart.getOrDefault(id, 0L)) / 1e9;
            if (used >= 0.05) {
                seconds.merge(info.getThreadName(), used, Double::sum);
            }
        }
        StringBuilder line = new StringBuilder("CPU seconds by thread:");
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(" %s %.1f,", e.getKey(), e.getValue())));
        return line.append(String.format(" GC pauses %.1f", (gcMillis() - gcMillisAtStart) / 1e3)).toString();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
