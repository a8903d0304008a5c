package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bluewhale.server.BluewhaleServer;
import org.bluewhale.server.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Run the server: receive CDRs, rate them, store them, serve the API.")
final class StartCommand implements Callable<Integer> {

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--http-port", description = "HTTP port of the API (default: http.port, 8080).")
    Integer httpPort;

    @Option(names = "--demo", description = "Seed a demo company and feed live traffic from a built-in PBX simulator.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        var configuration = DataDirectory.config(data, config);
        BluewhaleServer server = BluewhaleServer.start(data, configuration, httpPort, demo);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
