package org.bluewhale.connectors.layout;

/** A layout file that cannot be used; the message names the file and what to fix. */
public final class LayoutException extends IllegalArgumentException {
    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
