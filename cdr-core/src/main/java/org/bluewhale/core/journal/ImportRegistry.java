package org.bluewhale.core.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers every file ever imported: its content digest, the PBX, and the sequence numbers
 * reserved for its records. Importing the same content again (a second replay, or a rerun after
 * a crash) reuses those numbers, so the records get the same keys and are stored once.
 *
 * <p>One line per file in {@code imports.log}: {@code <sha-256 hex> <pbx id> <first sequence> <count>}.
 * The line is forced to disk before any record of the file is journaled.
 */
final class ImportRegistry {

    record Entry(String digest, String pbxId, long firstSequence, long count) {
    }

    private final Path file;
    private final Map<String, Entry> byKey = new HashMap<>();

    private ImportRegistry(Path file) {
        this.file = file;
    }

    /** Loads the registry and makes sure the journal never hands out a reserved sequence again. */
    static ImportRegistry open(Path file, Journal journal) {
        ImportRegistry registry = new ImportRegistry(file);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            for (String line : lines) {
                String[] f = line.trim().split(" ");
                if (f.length != 4) {
                    continue; // a line torn by a crash: its file was never journaled
                }
                Entry entry = new Entry(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]));
                registry.byKey.put(key(entry.digest(), entry.pbxId()), entry);
                journal.advanceSequence(entry.pbxId(), entry.firstSequence() + entry.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return registry;
    }

    private static String key(String digest, String pbxId) {
        return digest + " " + pbxId;
    }

    /** The entry of a file seen before, or a new one with freshly reserved sequences. */
    synchronized Entry entryFor(String digest, String pbxId, long count, Journal journal) {
        Entry known = byKey.get(key(digest, pbxId));
        if (known != null && known.count() == count) {
            return known;
        }
        Entry entry = new Entry(digest, pbxId, journal.reserveSequences(pbxId, count), count);
        String line = entry.digest() + " " + pbxId + " " + entry.firstSequence() + " " + count + "\n";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            channel.write(StandardCharsets.UTF_8.encode(line));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        byKey.put(key(digest, pbxId), entry);
        return entry;
    }
}
