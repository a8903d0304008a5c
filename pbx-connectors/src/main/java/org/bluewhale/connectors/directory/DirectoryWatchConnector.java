package org.bluewhale.connectors.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bluewhale.connectors.poll.PollingConnector;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.spi.FileSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder the PBX (or an operator) drops CDR files into. Every poll lists the folder; a file is
 * taken once it is complete: its name does not start with {@code _} or {@code .} (Cisco CUCM
 * writes {@code _cdr_...} while a file is in progress, editors and rsync use dot files) and its
 * size and modification time did not change since the previous poll. A taken file is imported
 * through the {@link FileSink} and moved to {@code done/}; one that cannot be read goes to
 * {@code failed/} with {@code <name>.reason.txt} next to it.
 *
 * <p>Polling rather than a WatchService, because change events are unreliable on network shares.
 * A crash between the import and the move is harmless: the file is imported again at the next
 * start, and the import is idempotent (same content, same sequence numbers, stored once).
 */
public final class DirectoryWatchConnector extends PollingConnector {

    private static final Logger log = LoggerFactory.getLogger(DirectoryWatchConnector.class);

    private final String pbxId;
    private final Path directory;
    private final FileSink sink;
    private final Map<Path, FileSnapshot> seenLastPoll = new HashMap<>();

    public DirectoryWatchConnector(String pbxId, Path directory, Duration pollEvery, FileSink sink) {
        super("directory-" + pbxId, pollEvery);
        this.pbxId = pbxId;
        this.directory = directory;
        this.sink = sink;
    }

    @Override
    public String name() {
        return "directory " + directory + " (" + pbxId + ")";
    }

    /** One look at the folder: imports the files that are complete. Called directly by tests. */
    @Override
    protected void poll() {
        if (!sink.accepting()) {
            status.state(State.PAUSED); // journal disk budget exhausted: leave the files where they are
            return;
        }
        List<Path> candidates;
        try (Stream<Path> listing = Files.list(directory)) {
            candidates = listing.filter(DirectoryWatchConnector::looksComplete).sorted().toList();
        } catch (IOException e) {
            failing("cannot list " + directory + ": " + e);
            return;
        }
        if (status.state() != State.LISTENING) {
            log.info("{} is watching", name());
        }
        status.state(State.LISTENING);
        Map<Path, FileSnapshot> now = new HashMap<>();
        for (Path file : candidates) {
            FileSnapshot snapshot = FileSnapshot.of(file);
            if (snapshot != null && snapshot.equals(seenLastPoll.get(file))) {
                take(file);
            } else if (snapshot != null) {
                now.put(file, snapshot); // new or still growing: look again next poll
            }
        }
        seenLastPoll.clear();
        seenLastPoll.putAll(now);
    }

    private static boolean looksComplete(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && Files.isRegularFile(path);
    }

    private void take(Path file) {
        try {
            FileSink.Imported imported = sink.importFile(pbxId, file);
            status.imported(imported);
            Path moved = FileMoves.moveInto(file, directory.resolve("done"));
            log.info("{} imported {} record(s) of {} (sequences from {}), moved to {}", name(),
                    imported.count(), file.getFileName(), imported.firstSequence(), moved);
        } catch (FileSink.UnreadableFileException e) {
            status.error(e.getMessage());
            setAside(file, e.getMessage());
        } catch (IOException e) {
            status.error("imported " + file + " but cannot move it to done/: " + e);
            log.error("{}: {}", name(), status.lastError()); // it will be imported again (idempotent) and moved then
        }
    }

    private void setAside(Path file, String reason) {
        try {
            Path moved = FileMoves.moveInto(file, directory.resolve("failed"));
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
            log.warn("{}: {} moved to {}: {}", name(), file.getFileName(), moved, reason);
        } catch (IOException e) {
            status.error(reason + "; and cannot move it to failed/: " + e);
            log.error("{}: {}", name(), status.lastError());
        }
    }

    /** What tells a file still being written from a complete one: it changes between polls. */
    private record FileSnapshot(long size, long modifiedMillis) {
        static FileSnapshot of(Path file) {
            try {
                return new FileSnapshot(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return null; // vanished since the listing
            }
        }
    }
}
