package org.bluewhale.server.config;

/** A configuration mistake, with a message that names the key and what is expected. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
