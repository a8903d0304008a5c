package org.bluewhale.web;

/** A client past its request rate (429); it may try again after {@code retryAfterSeconds}. */
final class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
