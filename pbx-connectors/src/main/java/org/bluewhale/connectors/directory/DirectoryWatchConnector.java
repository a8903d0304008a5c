package org.bluewhale.connectors.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
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
public final class DirectoryWatchConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(DirectoryWatchConnector.class);

    private final String pbxId;
    private final Path directory;
    private final Duration pollEvery;
    private final FileSink sink;
    private final Map<Path, FileSnapshot> seenLastPoll = new HashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Instant lastRecordAt;
    private volatile String lastError;
    private volatile State state = State.STOPPED;
    private ScheduledExecutorService poller;

    public DirectoryWatchConnector(String pbxId, Path directory, Duration pollEvery, FileSink sink) {
        this.pbxId = pbxId;
        this.directory = directory;
        this.pollEvery = pollEvery;
        this.sink = sink;
    }

    @Override
    public String name() {
        return "directory " + directory + " (" + pbxId + ")";
    }

    /** Polls at once and then every {@code pollEvery} on a thread of its own. */
    @Override
    public void start() {
        state = State.CONNECTING;
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "directory-" + pbxId);
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{} watching every {}", name(), pollEvery);
    }

    @Override
    public ConnectorStatus status() {
        return new ConnectorStatus(state, records.get(), bytes.get(), lastRecordAt, lastError);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(30, TimeUnit.SECONDS); // let an import in progress finish
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.STOPPED;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) { // never let the schedule die: report and try again next poll
            fail("poll failed: " + e);
            log.error("{} poll failed", name(), e);
        }
    }

    /** One look at the folder: imports the files that are complete. Package-private for tests. */
    void poll() {
        if (!sink.accepting()) {
            state = State.PAUSED; // journal disk budget exhausted: leave the files where they are
            return;
        }
        List<Path> candidates;
        try (Stream<Path> listing = Files.list(directory)) {
            candidates = listing.filter(DirectoryWatchConnector::looksComplete).sorted().toList();
        } catch (IOException e) {
            fail("cannot list " + directory + ": " + e);
            return;
        }
        if (state != State.LISTENING) {
            log.info("{} is watching", name());
        }
        state = State.LISTENING;
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
            records.addAndGet(imported.count());
            bytes.addAndGet(imported.bytes());
            lastRecordAt = Instant.now();
            Path moved = FileMoves.moveInto(file, directory.resolve("done"));
            log.info("{} imported {} record(s) of {} (sequences from {}), moved to {}", name(),
                    imported.count(), file.getFileName(), imported.firstSequence(), moved);
        } catch (FileSink.UnreadableFileException e) {
            lastError = e.getMessage();
            setAside(file, e.getMessage());
        } catch (IOException e) {
            lastError = "imported " + file + " but cannot move it to done/: " + e;
            log.error("{}: {}", name(), lastError); // it will be imported again (idempotent) and moved then
        }
    }

    private void setAside(Path file, String reason) {
        try {
            Path moved = FileMoves.moveInto(file, directory.resolve("failed"));
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
            log.warn("{}: {} moved to {}: {}", name(), file.getFileName(), moved, reason);
        } catch (IOException e) {
            lastError = reason + "; and cannot move it to failed/: " + e;
            log.error("{}: {}", name(), lastError);
        }
    }

    private void fail(String reason) {
        if (state != State.FAILING || !reason.equals(lastError)) {
            log.warn("{}: {}", name(), reason);
        }
        lastError = reason;
        state = State.FAILING;
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
