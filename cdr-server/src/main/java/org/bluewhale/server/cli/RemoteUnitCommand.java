package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bluewhale.server.RemoteUnitSetup;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "remote-unit", mixinStandardHelpOptions = true,
        description = "Run a remote unit beside far-away PBXs: journal their records, forward them to the server "
                + "over Bluewhale RSP (docs/remote-unit.md).")
final class RemoteUnitCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "The unit's configuration file (unit.*, pbx.<id>.*).")
    Path config;

    @Option(names = "--data", defaultValue = "ru-data",
            description = "Where the unit keeps its raw journals (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        Config configuration = Config.load(config);
        ServerKeys.warnUnknown(configuration, LoggerFactory.getLogger(RemoteUnitCommand.class));
        RemoteUnitSetup unit = RemoteUnitSetup.start(data, configuration);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            unit.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
