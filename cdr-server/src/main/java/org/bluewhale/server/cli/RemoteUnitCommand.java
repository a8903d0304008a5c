package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bluewhale.server.RemoteUnitSetup;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "remote-unit", mixinStandardHelpOptions = true, subcommands = RemoteUnitResendCommand.class,
        description = "Run a remote unit beside far-away PBXs: journal their records, forward them to the server "
                + "over Bluewhale RSP (docs/remote-unit.md). 'remote-unit resend' re-sends a time range.")
final class RemoteUnitCommand implements Callable<Integer> {

    // not required by picocli: 'remote-unit resend --config ...' gives it to the subcommand
    @Option(names = "--config", description = "The unit's configuration file (unit.*, pbx.<id>.*); required.")
    Path config;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "ru-data",
            description = "Where the unit keeps its raw journals (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        if (config == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--config=<config>'");
        }
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
