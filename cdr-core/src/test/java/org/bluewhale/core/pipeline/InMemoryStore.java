package org.bluewhale.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.StoreBatch;

/** A CdrStore test double with the real store's contract: atomic batches, one row per key. */
final class InMemoryStore implements CdrStore {

    final Map<String, RatedCall> calls = new LinkedHashMap<>();
    final List<Quarantined> quarantined = new ArrayList<>();
    final List<CallQuality> quality = new ArrayList<>();
    final AtomicInteger failuresToInject = new AtomicInteger();
    volatile long position;
    int transactions;

    @Override
    public void registerPbx(PbxDescriptor pbx) {
    }

    @Override
    public synchronized void write(StoreBatch batch) {
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("database unavailable (injected)");
        }
        for (RatedCall call : batch.calls()) {
            calls.putIfAbsent(call.leg().pbxId() + "/" + call.leg().sequence(), call);
        }
        quarantined.addAll(batch.quarantined());
        quality.addAll(batch.quality());
        position = batch.journalPosition();
        transactions++;
    }

    @Override
    public long committedPosition() {
        return position;
    }

    @Override
    public void close() {
    }
}
