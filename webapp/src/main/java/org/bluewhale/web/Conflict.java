package org.bluewhale.web;

/** A request that clashes with what exists (409); the message says what. */
final class Conflict extends RuntimeException {
    Conflict(String message) {
        super(message);
    }
}
