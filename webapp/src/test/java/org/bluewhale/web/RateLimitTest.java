package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client past its request rate gets 429 with Retry-After, and is served again once it waited. */
class RateLimitTest {

    @TempDir
    Path data;

    @Test
    void aFloodingClientGets429WithRetryAfter() {
        try (WebFixture web = new WebFixture(data, new WebSettings(2, 5, null))) {
            Http http = web.http();
            for (int i = 0; i < 5; i++) {
                assertEquals(200, http.get("/api/v1/health").status(), "the burst is allowed");
            }
            Http.Response flooded = http.get("/api/v1/health");
            assertEquals(429, flooded.status());
            assertEquals("1", flooded.header("Retry-After"));
            assertTrue(flooded.header("Content-Type").startsWith("application/problem+json"));
            assertEquals(429, http.basic("admin", WebFixture.PASSWORD).get("/api/v1/cdrs").status(),
                    "credentials do not lift the limit");
            web.clock.advance(Duration.ofSeconds(1));
            assertEquals(200, http.get("/api/v1/health").status(), "two requests a second refill");
        }
    }
}
