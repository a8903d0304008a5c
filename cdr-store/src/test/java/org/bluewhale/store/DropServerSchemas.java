package org.bluewhale.store;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drops the server schemas a test used, after every test of the module: registered for all
 * tests through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class DropServerSchemas implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ServerDatabase.dropAfterTest();
    }
}
