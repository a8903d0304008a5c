package org.bluewhale.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;

/**
 * The data directory: {@code journal/} (the raw dump), {@code db/} (embedded main database),
 * {@code offline/} (the offline database),
 * {@code initial-admin-password}, and an optional {@code bluewhale.properties}. One process at
 * a time owns it: a second server or a replay on the same directory is refused, because two
 * writers would corrupt the journal.
 */
public final class DataDirectory implements AutoCloseable {

    public static final String CONFIG_FILE = "bluewhale.properties";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory lock(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("data directory " + root.toAbsolutePath()
                        + " is in use by another Bluewhale process (server or replay); stop it or use --data");
            }
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use data directory " + root.toAbsolutePath(), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path journal() {
        return root.resolve("journal");
    }

    /** The offline database, which takes the pipeline's batches while the main database fails. */
    /** The RAW DUMP: one folder of text files per PBX, copied from the journal. */
    public Path rawDump() {
        return rawDump(root);
    }

    /** The RAW DUMP folder of a data directory, without locking it (browsing only reads). */
    public static Path rawDump(Path root) {
        return root.resolve("rawdump");
    }

    public Path offlineDatabase() {
        return root.resolve("offline/offline.sqlite");
    }

    /** The configuration: the given file, else DATA/bluewhale.properties when present, else defaults. */
    public static Config config(Path root, Path explicitFile) {
        if (explicitFile != null) {
            return Config.load(explicitFile);
        }
        Path inData = root.resolve(CONFIG_FILE);
        return Files.exists(inData) ? Config.load(inData) : Config.empty();
    }

    /** The configuration files a backup carries: DATA/bluewhale.properties and the given file, by name. */
    public static Map<String, byte[]> configFiles(Path root, Path explicitFile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path file : new Path[] {root.resolve(CONFIG_FILE), explicitFile}) {
            if (file != null && Files.isRegularFile(file)) {
                try {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read configuration " + file, e);
                }
            }
        }
        return files;
    }

    /** The main database URL: db.url, or the embedded H2 database under DATA/db. */
    public static String databaseUrl(Path root, Config config) {
        String url = config.get(ServerKeys.DB_URL);
        return url.isBlank() ? "jdbc:h2:file:" + root.toAbsolutePath().resolve("db/bluewhale") : url;
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
