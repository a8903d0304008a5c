package org.bluewhale.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * The unit's status as a small properties file, replaced atomically at every report, for a
 * monitoring agent or an operator at the branch ({@code cat DATA/status.properties}):
 *
 * <pre>
 * unit=ru-shanghai
 * written-at=2026-12-06T20:00:00Z
 * pbx.cm1.link=UP
 * pbx.cm1.journaled=1000000
 * pbx.cm1.acknowledged=1000000
 * pbx.cm1.backlog=0
 * ...
 * </pre>
 */
final class StatusFile {

    private final Path file;

    StatusFile(Path file) {
        this.file = file;
    }

    void write(String unitId, List<FeedStatus> feeds) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("unit=" + unitId + "\nwritten-at=" + Instant.now() + "\n");
            for (FeedStatus feed : feeds) {
                String p = "pbx." + feed.pbxId() + ".";
                out.write(p + "link=" + feed.link() + "\n" + p + "journaled=" + feed.journaled() + "\n"
                        + p + "acknowledged=" + feed.acknowledged() + "\n" + p + "backlog=" + feed.backlog() + "\n"
                        + p + "sessions=" + feed.sessions() + "\n" + p + "last-record-at="
                        + (feed.lastRecordAt() == null ? "" : feed.lastRecordAt()) + "\n"
                        + p + "connector=" + feed.connector().state() + "\n"
                        + p + "last-error=" + oneLine(feed.lastError()) + "\n"
                        + p + "resending=" + feed.resending() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}
