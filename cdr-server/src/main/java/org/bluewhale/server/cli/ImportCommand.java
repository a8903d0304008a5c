package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.bluewhale.store.Database;
import org.bluewhale.store.orgimport.ImportProblem;
import org.bluewhale.store.orgimport.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import departments, people, extensions and authorisation codes from a .csv or .xlsx file "
                + "(format: docs/company-model.md).",
            "All or nothing: every problem is printed as FILE:LINE: message and nothing is imported "
                + "(exit code 1) unless the whole file is valid."})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--zone", description = "Time zone of valid_from dates without an offset (default: this "
            + "machine's zone).")
    ZoneId zone;

    @Parameters(paramLabel = "FILE", description = "The .csv or .xlsx file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Database database = CliDatabase.open(data, config, "stop the server to import into its embedded H2")) {
            ImportReport report = database.orgImporter().importFile(file, zone == null ? ZoneId.systemDefault() : zone);
            for (ImportProblem problem : report.problems()) {
                System.err.println(file + ":" + problem.line() + ": " + problem.message());
            }
            (report.applied() ? System.out : System.err).println(report.summary());
            return report.applied() ? 0 : 1;
        }
    }
}
