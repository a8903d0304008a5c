package org.bluewhale.connectors.tcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedSourcesTest {

    private final AllowedSources sources = AllowedSources.parse(List.of("10.20.0.0/16", "192.168.1.7", "fd00:1::/32"));

    @Test
    void acceptsExactAddressesAndRanges() {
        assertTrue(sources.allows(source("10.20.255.1")));
        assertTrue(sources.allows(source("192.168.1.7")));
        assertTrue(sources.allows(source("fd00:1:abcd::5")));
    }

    @Test
    void refusesEverythingElse() {
        assertFalse(sources.allows(source("10.21.0.1")));
        assertFalse(sources.allows(source("192.168.1.8")));
        assertFalse(sources.allows(source("fd00:2::5")));
    }

    @Test
    void anEmptyListAllowsAnySource() {
        assertTrue(AllowedSources.parse(List.of()).allows(source("203.0.113.9")));
    }

    @Test
    void namesTheBadEntry() {
        IllegalArgumentException hostName =
                assertThrows(IllegalArgumentException.class, () -> AllowedSources.parse(List.of("pbx.example.com")));
        assertTrue(hostName.getMessage().contains("pbx.example.com"));
        IllegalArgumentException prefix =
                assertThrows(IllegalArgumentException.class, () -> AllowedSources.parse(List.of("10.0.0.0/33")));
        assertTrue(prefix.getMessage().contains("10.0.0.0/33"));
    }

    private static InetSocketAddress source(String ip) {
        return new InetSocketAddress(ip, 40000);
    }
}
