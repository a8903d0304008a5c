package org.bluewhale.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.bluewhale.server.config.Config;

/**
 * What {@code start --demo} adds to the configuration: the built-in demo rating model
 * ({@code rating.model=demo}: Shanghai head office and Beijing branch, three carriers, CNY) and a
 * demo Avaya PBX listening on loopback, fed by the built-in simulator. Keys the operator configured
 * win over the demo's.
 */
public final class DemoSetup {

    public static final String PBX = "demo-avaya";
    static final String FORMAT = "avaya-unformatted";

    private DemoSetup() {
    }

    public static Config apply(Config config) {
        Properties merged = new Properties();
        load(merged, DemoSetup.class.getResourceAsStream("/demo/demo.properties"));
        merged.putAll(config.properties());
        return new Config(merged);
    }

    private static void load(Properties into, InputStream resource) {
        try (InputStream in = resource) {
            into.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("demo configuration missing from the jar", e);
        }
    }
}
