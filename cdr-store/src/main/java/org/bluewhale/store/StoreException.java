package org.bluewhale.store;

/** A database failure the caller cannot fix by retrying the same call blindly; the message says what failed. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
