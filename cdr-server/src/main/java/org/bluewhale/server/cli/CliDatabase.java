package org.bluewhale.server.cli;

import java.nio.file.Path;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.server.DatabaseLogin;
import org.bluewhale.server.config.Config;
import org.bluewhale.store.Database;

/** Opens the main database named by a data directory's configuration, for one-shot commands. */
final class CliDatabase {

    private CliDatabase() {
    }

    /** {@code what}: how to do the same through a running server, said when its H2 file is locked. */
    static Database open(Path data, Path configFile, String what) {
        Config configuration = DataDirectory.config(data, configFile);
        DatabaseLogin login = DatabaseLogin.of(data, configuration);
        String url = login.url();
        try {
            return Database.open(url, login.user(), login.password());
        } catch (RuntimeException e) {
            if (url.startsWith("jdbc:h2:") && String.valueOf(e.getMessage()).contains("already in use")) {
                throw new IllegalStateException("a running server holds the embedded H2 database in " + data
                        + ": " + what + ", or stop the server first");
            }
            throw e;
        }
    }
}
