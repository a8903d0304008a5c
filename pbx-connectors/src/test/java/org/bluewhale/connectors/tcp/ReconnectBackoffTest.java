package org.bluewhale.connectors.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void doublesUpToTheCap() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L), nextSixSeconds());
    }

    @Test
    void startsOverAfterAReset() {
        nextSixSeconds();
        backoff.reset();
        assertEquals(Duration.ofSeconds(1).toNanos(), backoff.nextDelayNanos());
    }

    private List<Long> nextSixSeconds() {
        return Stream.generate(() -> Duration.ofNanos(backoff.nextDelayNanos()).toSeconds()).limit(6).toList();
    }
}
