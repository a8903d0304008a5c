package org.bluewhale.connectors.tcp;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.RecordSink;

/** A journal for benchmarks that only counts, so what is measured is the connector. */
public final class CountingSink implements RecordSink {

    public final AtomicLong records = new AtomicLong();
    public final AtomicLong appends = new AtomicLong();

    @Override
    public void append(String pbxId, List<Frame> frames) {
        appends.incrementAndGet();
        records.addAndGet(frames.size());
    }

    @Override
    public boolean accepting() {
        return true;
    }

    @Override
    public void whenAccepting(Runnable resume) {
        resume.run();
    }
}
