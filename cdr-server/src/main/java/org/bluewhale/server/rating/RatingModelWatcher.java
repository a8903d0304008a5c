package org.bluewhale.server.rating;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bluewhale.rating.RatingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rating model when its file (or any file in its folder, such as a destination CSV)
 * changes, and hands a model that loaded whole to {@code onLoad}; a model with an error is
 * logged and the one in use stays. Polls modification times, which works on every file system.
 */
public final class RatingModelWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RatingModelWatcher.class);

    private final RatingModelSource source;
    private final Consumer<RatingModel> onLoad;
    private final ScheduledExecutorService timer;
    private long seen;

    /**
     * Starts watching; {@code source.file()} must not be null.
     *
     * @param everyMillis how often the folder is checked
     */
    public RatingModelWatcher(RatingModelSource source, Consumer<RatingModel> onLoad, long everyMillis) {
        this.source = source;
        this.onLoad = onLoad;
        this.seen = stamp();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rating-model-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Reloads if anything changed since the last look; public so tests need not wait for the timer. */
    public synchronized void check() {
        long now = stamp();
        if (now == seen) {
            return;
        }
        seen = now;
        try {
            RatingModel model = source.load();
            onLoad.accept(model);
            log.info("rating model reloaded from {}: {} sites, {} carriers", source.file(), model.sites().size(),
                    model.carriers().size());
        } catch (RuntimeException e) {
            log.error("rating model {} not reloaded, the previous one stays in use: {}", source.file(), e.getMessage());
        }
    }

    /** A fingerprint of the folder's files: their names, sizes and modification times. */
    private long stamp() {
        Path folder = source.file().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return f.getFileName().hashCode() * 31L + Files.size(f) * 17 + Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
