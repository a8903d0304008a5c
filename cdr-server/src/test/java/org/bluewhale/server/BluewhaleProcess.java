package org.bluewhale.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.cli.Main;

/** Runs the command line in a separate JVM, so a test can kill it with SIGKILL (kill -9). */
final class BluewhaleProcess {

    private BluewhaleProcess() {
    }

    static Process start(Path log, String... args) throws IOException {
        return startWithHeap(log, "-Xmx1g", args);
    }

    /** With a heap limit of its own, e.g. {@code -Xmx128m} for a remote unit. */
    static Process startWithHeap(Path log, String heap, String... args) throws IOException {
        return startWithJvm(log, List.of(heap), args);
    }

    /** With JVM options of its own, e.g. a heap limit and the server's own logging configuration. */
    static Process startWithJvm(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** kill -9: the JVM gets no chance to flush, close or run shutdown hooks. */
    static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    /** A port free right now, for a process that must keep its port across restarts. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A connection to a server's TCP listener on loopback, once the starting server listens on {@code port}. */
    static TcpRecordSender connectWhenListening(int port) throws InterruptedException {
        TcpRecordSender[] sender = {null};
        Poll.until(Duration.ofSeconds(60), "a server to listen on " + port, () -> {
            try {
                sender[0] = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", port));
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return sender[0];
    }

    /** Bytes of the files in {@code directory} whose names end with {@code suffix}; 0 before it exists. */
    static long bytesOf(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0; // a segment deleted while we listed
        }
    }
}
