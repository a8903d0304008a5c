package org.bluewhale.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.server.cli.Main;

/** Runs the command line in a separate JVM, so a test can kill it with SIGKILL (kill -9). */
final class BluewhaleProcess {

    private BluewhaleProcess() {
    }

    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** kill -9: the JVM gets no chance to flush, close or run shutdown hooks. */
    static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

}
