package org.bluewhale.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.spi.CdrStore;
import org.bluewhale.core.spi.OwnershipLost;
import org.bluewhale.core.spi.StoreBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch the cluster fence refuses is not a database failure: handed back, not spooled offline. */
class FencedBatchTest {

    @TempDir
    Path dir;

    /** A main database that refuses every batch for a PBX another node owns, as the epoch fence does. */
    static final class Refused extends RuntimeException implements OwnershipLost {
        Refused() {
            super("this node no longer owns PBX(s) [pbx-b]");
        }

        @Override
        public Set<String> pbxIds() {
            return Set.of("pbx-b");
        }
    }

    @Test
    void aRefusedBatchReachesThePipelineAndTheStoreStaysOnline() {
        Refused refusal = new Refused();
        CdrStore fenced = new CdrStore() {
            @Override
            public void registerPbx(PbxDescriptor pbx) {
            }

            @Override
            public void write(StoreBatch batch) {
                throw refusal;
            }

            @Override
            public long committedPosition() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        FailoverConfig config = new FailoverConfig(Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(400),
                FailoverConfig.DEFAULT_MAX_RECORDS);
        try (FailoverCdrStore store = new FailoverCdrStore(fenced, OfflineDatabase.open(dir.resolve("offline.sqlite")),
                config)) {
            RuntimeException thrown = assertThrows(RuntimeException.class,
                    () -> store.write(new StoreBatch(List.of(), List.of(), 7)));

            assertSame(refusal, thrown, "the fence's refusal itself, for the pipeline to drop those PBXs");
            assertEquals(FailoverCdrStore.Mode.ONLINE, store.status().mode());
            assertEquals(0, store.status().backlogBatches(), "nothing spooled to the offline database");
        }
    }
}
