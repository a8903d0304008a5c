package org.bluewhale.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.core.spi.StoreBatch;

/** A CdrStore test double with the real store's contract: atomic batches, one row per key. */
final class InMemoryStore implements CdrStore {

    final Map<String, RatedCall> calls = new LinkedHashMap<>();
    final List<Quarantined> quarantined = new ArrayList<>();
    final List<CallQuality> quality = new ArrayList<>();
    final AtomicInteger failuresToInject = new AtomicInteger();
    /** PBXs another cluster node owns: a batch with any of their records is refused, as the fence does. */
    final Set<String> ownedElsewhere = ConcurrentHashMap.newKeySet();
    final AtomicInteger ownershipRefusals = new AtomicInteger();
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
        Set<String> notOurs = new TreeSet<>();
        batch.calls().forEach(c -> notOurs.add(c.leg().pbxId()));
        batch.quarantined().forEach(q -> notOurs.add(q.raw().pbxId()));
        notOurs.retainAll(ownedElsewhere);
        if (!notOurs.isEmpty()) {
            ownershipRefusals.incrementAndGet();
            throw new OwnedElsewhere(notOurs);
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

    static final class OwnedElsewhere extends RuntimeException implements OwnershipLost {
        private final Set<String> pbxIds;

        OwnedElsewhere(Set<String> pbxIds) {
            super("PBX(s) " + pbxIds + " are owned by another node");
            this.pbxIds = Set.copyOf(pbxIds);
        }

        @Override
        public Set<String> pbxIds() {
            return pbxIds;
        }
    }
}
