package org.bluewhale.core.rawdump;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The RAW DUMP as administrators browse it: {@code DATA/rawdump/<pbx>/} holds that PBX's records
 * as text files ({@link RawDumpLine}), each closed file listed in the folder's {@code index.tsv}
 * with its time range and counts; the one file still being written is not in the index yet.
 * Read-only: safe beside the running writer, in the server or from the command line.
 */
public final class RawDumpFiles {

    static final String INDEX = "index.tsv";
    static final String SUFFIX = ".txt";

    private final Path root;

    public RawDumpFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The PBXs that have a raw dump, sorted. */
    public List<String> pbxs() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> URLDecoder.decode(d.getFileName().toString(),
                    StandardCharsets.UTF_8)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the raw dump in " + root, e);
        }
    }

    /** A PBX's folder; the id is encoded so that no PBX id can name a path outside the raw dump. */
    Path directory(String pbx) {
        String name = URLEncoder.encode(pbx, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
        return root.resolve(name);
    }

    /** A PBX's files, oldest first (none when it has no raw dump). */
    public List<RawDumpFile> list(String pbx) {
        Path dir = directory(pbx);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            List<RawDumpFile> files = new ArrayList<>();
            Set<String> indexed = new HashSet<>();
            for (RawDumpFile closed : readIndex(pbx, dir)) {
                indexed.add(closed.name());
                if (Files.exists(closed.path())) {
                    files.add(closed);
                }
            }
            List<Path> unindexed = unindexed(dir, indexed);
            for (int i = 0; i < unindexed.size(); i++) {
                scan(pbx, unindexed.get(i), i == unindexed.size() - 1, line -> true).ifPresent(files::add);
            }
            files.sort(Comparator.comparingLong(RawDumpFile::lastPosition));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the raw dump of PBX " + pbx + " in " + dir, e);
        }
    }

    /** The file {@code name} of a PBX, if it is one of its raw dump files. */
    public Optional<RawDumpFile> file(String pbx, String name) {
        return list(pbx).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * A page of the records a PBX's connector received in {@code [from, to)}, oldest first.
     *
     * @param afterPosition only records after this journal position (0 for the first page; then
     *                      the previous page's {@link Page#next})
     */
    public Page read(String pbx, Instant from, Instant to, long afterPosition, int limit) {
        List<RawDumpLine> lines = new ArrayList<>();
        boolean[] more = {false};
        for (RawDumpFile file : list(pbx)) {
            if (more[0] || !file.overlaps(from, to) || file.lastPosition() <= afterPosition) {
                continue;
            }
            try {
                forEachLine(file.path(), text -> {
                    RawDumpLine line = RawDumpLine.parse(text);
                    if (line.position() > afterPosition && !line.receivedAt().isBefore(from)
                            && line.receivedAt().isBefore(to)) {
                        if (lines.size() == limit) {
                            more[0] = true;
                            return false;
                        }
                        lines.add(line);
                    }
                    return true;
                });
            } catch (NoSuchFileException deletedMeanwhile) {
                // retention removed it between the listing and the read: nothing to show
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read raw dump file " + file.path(), e);
            }
        }
        return new Page(lines, more[0] ? lines.get(lines.size() - 1).position() : -1);
    }

    /**
     * One page of raw dump lines.
     *
     * @param next the {@code afterPosition} of the next page, or -1 when this is the last
     */
    public record Page(List<RawDumpLine> lines, long next) {
    }

    static List<RawDumpFile> readIndex(String pbx, Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        if (!Files.exists(index)) {
            return new ArrayList<>();
        }
        List<RawDumpFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                files.add(RawDumpFile.fromIndexLine(pbx, dir, line));
            }
        }
        return files;
    }

    /** The data files of a folder not in its index, by first journal position (the last is the open one). */
    static List<Path> unindexed(Path dir, Set<String> indexed) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)
                            && !indexed.contains(f.getFileName().toString()))
                    .sorted(Comparator.comparingLong(RawDumpFiles::firstPosition)).toList();
        }
    }

    static String fileName(Instant firstReceived, long firstPosition) {
        return RawDumpLine.INSTANT.format(firstReceived).replace("-", "").replace(":", "").replace(".", "")
                + "-" + firstPosition + SUFFIX;
    }

    static long firstPosition(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(name.indexOf('-') + 1, name.length() - SUFFIX.length()));
    }

    /**
     * Summarises a file from its complete lines, handing each to {@code each}; empty when it holds
     * none. A torn last line (a crash mid-write) is not counted.
     */
    static Optional<RawDumpFile> scan(String pbx, Path file, boolean open, Predicate<RawDumpLine> each)
            throws IOException {
        RawDumpLine[] firstAndLast = new RawDumpLine[2];
        long[] count = {0};
        long validEnd;
        try {
            validEnd = forEachLine(file, text -> {
                RawDumpLine line = RawDumpLine.parse(text);
                if (firstAndLast[0] == null) {
                    firstAndLast[0] = line;
                }
                firstAndLast[1] = line;
                count[0]++;
                return each.test(line);
            });
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        }
        if (firstAndLast[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new RawDumpFile(pbx, file.getFileName().toString(), file, firstAndLast[0].receivedAt(),
                firstAndLast[1].receivedAt(), count[0], validEnd, firstAndLast[1].position(), open));
    }

    /**
     * Hands each complete line (without its newline) to {@code each} until it returns false;
     * returns the offset just past the last complete line read.
     */
    static long forEachLine(Path file, Predicate<String> each) throws IOException {
        long end = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long offset = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                end = offset;
                String text = line.toString(StandardCharsets.ISO_8859_1);
                line.reset();
                if (!each.test(text)) {
                    break;
                }
            }
        }
        return end;
    }
}
