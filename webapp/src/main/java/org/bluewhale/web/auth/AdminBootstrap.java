package org.bluewhale.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.bluewhale.store.org.OperatorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the administrator account on the first start with a random password, written once to
 * {@code initial-admin-password} in the data directory (readable by the owner only). There is no
 * built-in default password anywhere.
 */
public final class AdminBootstrap {

    public static final String ADMIN = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private AdminBootstrap() {
    }

    /** Creates the admin when there is none; returns true when it did. */
    public static boolean ensureAdmin(OperatorRepository operators, PasswordHasher hasher, Path dataDir) {
        if (operators.find(ADMIN).isPresent()) {
            return false;
        }
        String password = randomPassword(20);
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("cannot restrict permissions of {} on this file system", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            operators.create(ADMIN, hasher.hash(password), "administrator");
        } catch (RuntimeException e) {
            if (operators.find(ADMIN).isEmpty()) {
                throw e;
            }
            // another server of a cluster, starting at the same time on the same database, created it first
            deleteQuietly(file);
            log.info("administrator account '{}' was created by another server sharing the database", ADMIN);
            return false;
        }
        log.info("administrator account '{}' created; its password is in {}", ADMIN, file);
        return true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
