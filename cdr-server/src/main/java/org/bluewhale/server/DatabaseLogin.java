package org.bluewhale.server;

import java.nio.file.Path;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;

/**
 * How the server reaches its main database: the configured URL, user and password, with the
 * embedded H2 file encrypted (AES) when the environment variable {@value #FILE_KEY_ENV} holds a
 * key. The key never sits in a configuration file; H2 takes it as the first word of the password.
 * An H2 file is either encrypted from its creation or not: to encrypt existing data, back it up,
 * move {@code DATA/db} aside, set the key and restore.
 */
public record DatabaseLogin(String url, String user, String password) {

    public static final String FILE_KEY_ENV = "BLUEWHALE_DB_FILE_KEY";

    /** The login for a data directory and its configuration, with the key from the environment. */
    public static DatabaseLogin of(Path root, Config config) {
        return of(root, config, System.getenv(FILE_KEY_ENV));
    }

    static DatabaseLogin of(Path root, Config config, String fileKey) {
        String url = DataDirectory.databaseUrl(root, config);
        String password = config.get(ServerKeys.DB_PASSWORD);
        if (fileKey == null || fileKey.isEmpty() || !url.startsWith("jdbc:h2:file:")) {
            return new DatabaseLogin(url, config.get(ServerKeys.DB_USER), password);
        }
        if (fileKey.contains(" ")) {
            throw new IllegalArgumentException(FILE_KEY_ENV + " must not contain spaces");
        }
        return new DatabaseLogin(url + ";CIPHER=AES", config.get(ServerKeys.DB_USER), fileKey + " " + password);
    }
}
