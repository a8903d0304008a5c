package org.bluewhale.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bluewhale}: the command line. Each subcommand has {@code --help}. */
@Command(name = "bluewhale", mixinStandardHelpOptions = true, version = "Bluewhale 0.1.0",
        description = "Telecom CDR billing and cost-management server.",
        subcommands = {StartCommand.class, SimulateCommand.class, ReplayCommand.class, RawDumpCommand.class, CdrsCommand.class, ImportCommand.class,
                FormatsCommand.class, ReportCommand.class, RemoteUnitCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class, RerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return 1;
                })
                .execute(args);
    }
}
