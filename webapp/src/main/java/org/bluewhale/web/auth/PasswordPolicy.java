package org.bluewhale.web.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * What an operator password must be: at least 12 characters from at least three of lower case,
 * upper case, digits and other characters, or a passphrase of 20 characters or more; at most 256;
 * never containing the login.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int PASSPHRASE_LENGTH = 20;
    private static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code login}, or empty when it is acceptable. */
    public static Optional<String> problem(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters");
        }
        if (login != null && !login.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            return Optional.of("a password must not contain the login");
        }
        if (password.length() < PASSPHRASE_LENGTH && characterClasses(password) < 3) {
            return Optional.of("a password of fewer than " + PASSPHRASE_LENGTH + " characters needs three of: "
                    + "lower case, upper case, digits, other characters");
        }
        return Optional.empty();
    }

    private static int characterClasses(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
