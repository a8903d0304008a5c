package org.bluewhale.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.spi.StoreBatch;

/**
 * The child process of {@link KillNineTest}: writes batches of 1,000 calls for ever and prints
 * {@code committed <position>} each time {@code write} has returned, until it is killed.
 */
public final class CrashingWriter {

    public static void main(String[] args) {
        Databases kind = Databases.valueOf(args[0]);
        try (Database db = kind.open(Path.of(args[1]))) {
            db.cdrStore().registerPbx(new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS));
            SampleCalls samples = new SampleCalls(3);
            Instant start = Instant.parse("2025-03-10T08:00:00Z");
            for (long seq = 1; ; seq += 1000) {
                db.cdrStore().write(new StoreBatch(samples.calls("avaya-paris", seq, 1000, start), List.of(), seq + 999));
                System.out.println("committed " + (seq + 999));
                System.out.flush();
            }
        }
    }
}
