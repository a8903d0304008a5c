package org.bluewhale.server.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.bluewhale.connectors.sim.RecordFormatter;
import org.bluewhale.connectors.sim.SimSite;
import org.bluewhale.connectors.sim.TrafficGenerator;

/**
 * The records a simulated PBX sends: the format's header lines, then one record per generated
 * call, deterministic for a seed. Unbounded when {@code count} is negative.
 */
public final class SimulatedFeed implements Iterator<byte[]> {

    private final Iterator<byte[]> headers;
    private final TrafficGenerator calls;
    private final RecordFormatter formatter;
    private final long count;
    private long produced;

    public SimulatedFeed(String format, long seed, long count, Instant startAt) {
        SimSite site = SimSite.demo();
        this.formatter = RecordFormatter.forFormat(format, site);
        this.headers = formatter.headerLines().iterator();
        this.calls = new TrafficGenerator(seed, site, startAt);
        this.count = count;
    }

    /** Pre-generates the whole feed, so a benchmark measures sending, not generating. */
    public static List<byte[]> generate(String format, long seed, int count, Instant startAt) {
        List<byte[]> records = new ArrayList<>(count + 2);
        new SimulatedFeed(format, seed, count, startAt).forEachRemaining(records::add);
        return records;
    }

    @Override
    public boolean hasNext() {
        return headers.hasNext() || count < 0 || produced < count;
    }

    @Override
    public byte[] next() {
        if (headers.hasNext()) {
            return headers.next();
        }
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        return formatter.format(calls.next());
    }
}
