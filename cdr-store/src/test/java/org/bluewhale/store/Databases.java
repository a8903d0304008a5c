package org.bluewhale.store;

import java.nio.file.Path;

/** The embedded databases every store test runs against, as a user would configure them. */
public enum Databases {
    H2, SQLITE;

    /** The JDBC URL of a database file under {@code dataDir}, as the server builds it. */
    public String url(Path dataDir) {
        Path db = dataDir.resolve("db");
        return this == H2 ? "jdbc:h2:file:" + db.resolve("bluewhale") : "jdbc:sqlite:" + db.resolve("bluewhale.sqlite");
    }

    public Database open(Path dataDir) {
        db(dataDir).toFile().mkdirs();
        return Database.open(url(dataDir), "sa", "");
    }

    private static Path db(Path dataDir) {
        return dataDir.resolve("db");
    }
}
