package org.bluewhale.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.store.Database;
import org.bluewhale.store.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore an archive made by backup into the main database named in the data directory's "
                + "configuration (H2, SQLite, PostgreSQL or MariaDB: also how to move from the embedded H2 to a "
                + "server). Stop the server first. The archived configuration is written to DATA/restored/ for "
                + "you to compare; the running configuration is never overwritten."})
final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--in", required = true, description = "The archive to restore.")
    Path in;

    @Option(names = "--replace", description = "Delete the calls the target database already holds.")
    boolean replace;

    @Override
    public Integer call() {
        try (DataDirectory locked = DataDirectory.lock(data);
             Database database = CliDatabase.open(data, config, "a restore needs the database to itself")) {
            Restore.Result result = Restore.into(database, in, replace);
            Path restored = locked.root().resolve("restored");
            for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
                Files.createDirectories(restored);
                Files.write(restored.resolve(file.getKey()), file.getValue());
            }
            System.out.println("restored " + result.manifest().rows("cdr") + " calls and "
                    + result.manifest().rows("quarantine") + " quarantined records (backup of "
                    + result.manifest().created() + " from " + result.manifest().source() + ") into the "
                    + database.dialectName() + " database; row counts and totals match"
                    + (result.files().isEmpty() ? "" : "; archived configuration in " + restored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
