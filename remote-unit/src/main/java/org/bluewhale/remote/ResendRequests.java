package org.bluewhale.remote;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code DATA/resend}: how an administrator asks a unit to re-send a time range of one PBX's
 * journal ({@code ./bluewhale remote-unit resend}). The command writes {@code <name>.request}
 * (pbx, from, to); the unit, running or at its next start, answers in {@code <name>.status}
 * (QUEUED with the records and their sequences, then DONE once the server acknowledged them all,
 * or FAILED with why) and removes the request once DONE or FAILED. A request still there after a
 * crash is carried out again from the start, which is harmless: the server keeps each (PBX,
 * sequence) once. Both files are replaced atomically (written aside, then renamed).
 */
public final class ResendRequests {

    private static final String REQUEST = ".request";
    private static final String STATUS = ".status";

    /** One administrator's request: the records {@code pbxId} received in {@code [from, to)}. */
    public record Request(String name, String pbxId, Instant from, Instant to) {
    }

    /** What became of a request. */
    public enum State { QUEUED, DONE, FAILED }

    /**
     * The unit's answer.
     *
     * @param records       records queued for the server (0 when the journal kept none of the range)
     * @param firstSequence their first sequence (journal position), 0 when none
     * @param lastSequence  their last sequence, 0 when none
     * @param error         why a FAILED request failed, else empty
     */
    public record Answer(State state, long records, long firstSequence, long lastSequence, String error) {
    }

    private final Path directory;

    /** The requests of the unit whose data directory is {@code data}. */
    public ResendRequests(Path data) {
        this.directory = data.resolve("resend");
    }

    /** Writes a request for the unit to pick up; returns it. */
    public Request submit(String pbxId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the range is empty: from " + from + " is not before to " + to);
        }
        Request request = new Request(Instant.now().toEpochMilli() + "-" + pbxId + "-"
                + UUID.randomUUID().toString().substring(0, 8), pbxId, from, to);
        Properties p = new Properties();
        p.setProperty("pbx", pbxId);
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        write(request.name() + REQUEST, p);
        return request;
    }

    /** The requests not yet DONE or FAILED, oldest first. */
    List<Request> pending() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(REQUEST)).sorted()
                    .map(n -> n.substring(0, n.length() - REQUEST.length()))
                    .map(this::read).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private Optional<Request> read(String name) {
        return load(name + REQUEST).map(p -> new Request(name, p.getProperty("pbx"),
                Instant.parse(p.getProperty("from")), Instant.parse(p.getProperty("to"))));
    }

    /** Records the unit's answer; a DONE or FAILED request is removed. */
    void answer(Request request, Answer answer) {
        Properties p = new Properties();
        p.setProperty("state", answer.state().name());
        p.setProperty("records", Long.toString(answer.records()));
        p.setProperty("first-sequence", Long.toString(answer.firstSequence()));
        p.setProperty("last-sequence", Long.toString(answer.lastSequence()));
        p.setProperty("error", answer.error());
        write(request.name() + STATUS, p);
        if (answer.state() != State.QUEUED) {
            try {
                Files.deleteIfExists(directory.resolve(request.name() + REQUEST));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the request " + request.name(), e);
            }
        }
    }

    /** The unit's answer to {@code request}, once it gave one. */
    public Optional<Answer> answerTo(Request request) {
        return load(request.name() + STATUS).map(p -> new Answer(State.valueOf(p.getProperty("state")),
                Long.parseLong(p.getProperty("records")), Long.parseLong(p.getProperty("first-sequence")),
                Long.parseLong(p.getProperty("last-sequence")), p.getProperty("error", "")));
    }

    /** Where a request waits for the unit. */
    public Path requestFile(Request request) {
        return directory.resolve(request.name() + REQUEST);
    }

    private Optional<Properties> load(String file) {
        Path path = directory.resolve(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return Optional.of(p);
    }

    private void write(String file, Properties p) {
        Path partial = directory.resolve(file + ".partial");
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
            Files.move(partial, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(file), e);
        }
    }
}
