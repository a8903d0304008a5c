package org.bluewhale.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.store.Database;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stops while batches wait offline, in the worst place: the main database has just
 * committed the oldest offline batch, which is still in the offline database. After the restart
 * the pipeline resumes after the larger committed position, the drain re-offers that batch, and
 * the main database ends with every record once.
 */
class CrashDuringDrainTest {

    @TempDir
    Path dir;

    @Test
    void aBatchInBothDatabasesAfterACrashIsStoredOnce() throws Exception {
        Path offlineFile = dir.resolve("offline.sqlite");
        try (MainDatabase main = MainDatabase.start(MainDatabase.Kind.H2, dir.resolve("main"));
             Database db = Database.open(StoreConfig.of(main.url, main.user, ""))) {
            db.cdrStore().registerPbx(new PbxDescriptor(Feeder.PBX, "paris", "avaya-cm", SampleCalls.PARIS));

            FailoverCdrStore before = new FailoverCdrStore(db.cdrStore(), OfflineDatabase.open(offlineFile),
                    OutageTest.FAST);
            Feeder first = new Feeder(before, before.committedPosition(), 50);
            Poll.until("batches written online", () -> first.batches() >= 3);
            main.proxy.cut();
            Poll.until("batches waiting offline", () -> before.status().backlogBatches() >= 5);
            first.close();
            before.close();

            main.proxy.restore();
            try (OfflineDatabase offline = OfflineDatabase.open(offlineFile)) {
                db.cdrStore().write(offline.oldest().orElseThrow().batch());
            }

            FailoverCdrStore after = new FailoverCdrStore(db.cdrStore(), OfflineDatabase.open(offlineFile),
                    OutageTest.FAST);
            try (after) {
                assertEquals(first.lastPosition(), after.committedPosition(), "resumes after the offline position");
                Feeder resumed = new Feeder(after, after.committedPosition(), 50);
                Poll.until("batches written after the restart", () -> resumed.batches() >= 3);
                resumed.close();
                OutageTest.awaitDrained(after);
                OutageTest.assertExactlyOnce(db, first, resumed);
            }
        }
    }
}
