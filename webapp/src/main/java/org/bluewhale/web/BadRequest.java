package org.bluewhale.web;

/** A request the client must correct; the message says how. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message);
    }
}
