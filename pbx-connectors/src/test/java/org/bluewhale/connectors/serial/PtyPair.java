package org.bluewhale.connectors.serial;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.testing.Poll;

/**
 * A real pseudo-terminal pair made by socat, standing in for a PBX's serial cable: what is written
 * to {@link #pbxEnd()} is read from {@link #bluewhaleEnd()}. {@link #unplug()} kills socat, so both
 * device paths vanish as when a USB adapter is pulled; {@link #plugIn()} makes them again.
 */
public final class PtyPair implements AutoCloseable {

    private final Path pbxEnd;
    private final Path bluewhaleEnd;
    private Process socat;

    private PtyPair(Path directory) {
        this.pbxEnd = directory.resolve("pbx-tty");
        this.bluewhaleEnd = directory.resolve("bluewhale-tty");
    }

    /** Starts socat; fails the test if it is not installed (apt-get install socat). */
    public static PtyPair open(Path directory) throws IOException {
        PtyPair pair = new PtyPair(directory);
        pair.plugIn();
        return pair;
    }

    public Path pbxEnd() {
        return pbxEnd;
    }

    public Path bluewhaleEnd() {
        return bluewhaleEnd;
    }

    /** The PBX side, to write records to. */
    public OutputStream pbxOutput() throws IOException {
        return Files.newOutputStream(pbxEnd);
    }

    public void plugIn() throws IOException {
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + pbxEnd, "pty,raw,echo=0,link=" + bluewhaleEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Poll.until(Duration.ofSeconds(5), "socat to create both pty links",
                () -> Files.exists(pbxEnd) && Files.exists(bluewhaleEnd));
    }

    /** Kills socat and waits until both device paths are gone. */
    public void unplug() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor();
        }
        Poll.until(Duration.ofSeconds(5), "the pty links removed",
                () -> !Files.exists(pbxEnd) && !Files.exists(bluewhaleEnd));
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            unplug();
        }
    }
}
