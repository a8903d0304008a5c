package org.bluewhale.connectors.ftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger of remote files already journaled, so each is downloaded once, across restarts.
 * A file is known by name, size and modification time; its content digest is kept too, for the
 * operator and because the journal's import registry knows files by it.
 *
 * <p>One line per file in {@code pulled.log}: {@code <sha-256 hex> <size> <mtime ms> <name>}
 * (the name last: it may hold spaces). Each line is forced to disk once written.
 */
final class PulledFiles {

    /** What identifies a remote file between two listings. */
    record RemoteFile(String name, long size, long modifiedMillis) {
    }

    private final Path file;
    private final Map<RemoteFile, String> digests = new HashMap<>();

    private PulledFiles(Path file) {
        this.file = file;
    }

    static PulledFiles open(Path file) {
        PulledFiles ledger = new PulledFiles(file);
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ", 4);
                    if (f.length == 4) { // a shorter line was torn by a crash: that file is pulled again
                        ledger.digests.put(new RemoteFile(f[3], Long.parseLong(f[1]), Long.parseLong(f[2])), f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return ledger;
    }

    synchronized boolean contains(RemoteFile remote) {
        return digests.containsKey(remote);
    }

    synchronized void remember(RemoteFile remote, String digest) {
        String line = digest + " " + remote.size() + " " + remote.modifiedMillis() + " " + remote.name() + "\n";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            channel.write(StandardCharsets.UTF_8.encode(line));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        digests.put(remote, digest);
    }
}
