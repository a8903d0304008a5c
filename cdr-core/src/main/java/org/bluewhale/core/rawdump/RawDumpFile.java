package org.bluewhale.core.rawdump;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What one raw dump file holds.
 *
 * @param pbx          the PBX
 * @param name         the file name, {@code <first received, UTC>-<first journal position>.txt}
 * @param path         where it is
 * @param from         when its first record was received
 * @param to           when its last record was received
 * @param records      how many records (lines) it holds
 * @param bytes        its size
 * @param lastPosition the journal position of its last record: retention waits until the database
 *                     has committed it
 * @param open         true for the file still being written
 */
public record RawDumpFile(String pbx, String name, Path path, Instant from, Instant to, long records, long bytes,
                          long lastPosition, boolean open) {

    /** True when some record of the file may have been received in {@code [rangeFrom, rangeTo)}. */
    public boolean overlaps(Instant rangeFrom, Instant rangeTo) {
        return from.isBefore(rangeTo) && !to.isBefore(rangeFrom);
    }

    /** The index line of a closed file: name, first and last received (ms), records, bytes, last position. */
    String indexLine() {
        return name + "\t" + from.toEpochMilli() + "\t" + to.toEpochMilli() + "\t" + records + "\t" + bytes + "\t"
                + lastPosition;
    }

    static RawDumpFile fromIndexLine(String pbx, Path dir, String line) {
        String[] f = line.split("\t");
        if (f.length != 6) {
            throw new IllegalArgumentException("bad raw dump index line in " + dir + ": " + line);
        }
        return new RawDumpFile(pbx, f[0], dir.resolve(f[0]), Instant.ofEpochMilli(Long.parseLong(f[1])),
                Instant.ofEpochMilli(Long.parseLong(f[2])), Long.parseLong(f[3]), Long.parseLong(f[4]),
                Long.parseLong(f[5]), false);
    }
}
