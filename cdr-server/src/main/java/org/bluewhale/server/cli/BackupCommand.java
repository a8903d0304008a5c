package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.store.Database;
import org.bluewhale.store.backup.Backup;
import org.bluewhale.store.backup.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the main database and the configuration into one archive (zip: manifest, "
                + "checksums, compressed tables). Online: a server may keep ingesting into PostgreSQL, MariaDB or "
                + "SQLite meanwhile; for the embedded H2 of a running server use GET /api/v1/backup."})
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--out", required = true, description = "The archive to write.")
    Path out;

    @Override
    public Integer call() {
        try (Database database = CliDatabase.open(data, config, "take the backup through GET /api/v1/backup")) {
            Manifest manifest = Backup.write(database, DataDirectory.configFiles(data, config), out);
            System.out.println("backup of the " + manifest.source() + " database written to " + out + ": "
                    + manifest.rows("cdr") + " calls, " + manifest.rows("quarantine") + " quarantined records, "
                    + manifest.tables().size() + " tables");
        }
        return 0;
    }
}
