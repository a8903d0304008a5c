package org.bluewhale.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Configuration values: a properties file read against the key catalogue. */
public final class Config {

    private final Properties values;

    public Config(Properties values) {
        this.values = values;
    }

    public static Config empty() {
        return new Config(new Properties());
    }

    public static Config load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
        return new Config(properties);
    }

    /** The value of a key, or its default; a bad value is an error that names the key. */
    public <T> T get(ConfigKey<T> key) {
        String text = values.getProperty(key.name(), key.defaultValue());
        if (text == null) {
            throw new ConfigException(key.name() + " is required: " + key.doc());
        }
        try {
            return key.parser().apply(text.trim());
        } catch (RuntimeException e) {
            throw new ConfigException(key.name() + " = '" + text + "': " + e.getMessage() + " (expected " + key.type() + ")");
        }
    }

    public boolean has(ConfigKey<?> key) {
        return values.containsKey(key.name());
    }

    public Config with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(values);
        copy.setProperty(key, value);
        return new Config(copy);
    }

    /** The ids {@code X} of every key written as {@code prefix.X.something}. */
    public Set<String> ids(String prefix) {
        Set<String> ids = new TreeSet<>();
        for (String name : values.stringPropertyNames()) {
            if (name.startsWith(prefix + ".")) {
                String rest = name.substring(prefix.length() + 1);
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    ids.add(rest.substring(0, dot));
                }
            }
        }
        return ids;
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(values);
        return copy;
    }
}
