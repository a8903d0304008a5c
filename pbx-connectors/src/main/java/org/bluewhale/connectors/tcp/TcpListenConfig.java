package org.bluewhale.connectors.tcp;

import java.util.List;
import java.util.Objects;

/**
 * Configuration of a {@link TcpListenConnector}: the PBX connects to us.
 *
 * @param pbxId           the PBX whose records arrive on this port (journal key)
 * @param bindAddress     the local address to listen on, e.g. {@code 0.0.0.0}
 * @param port            the port to listen on; 0 picks a free one (see {@link TcpListenConnector#boundPort()})
 * @param allowedSources  IPs and CIDR ranges allowed to connect; empty allows any source
 * @param maxRecordLength longest record in bytes; longer ones are journaled truncated
 */
public record TcpListenConfig(String pbxId, String bindAddress, int port, List<String> allowedSources,
                              int maxRecordLength) {

    public static final String ANY_ADDRESS = "0.0.0.0";

    public TcpListenConfig {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(bindAddress, "bindAddress");
        allowedSources = List.copyOf(allowedSources);
        if (pbxId.isBlank()) {
            throw new IllegalArgumentException("pbxId must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        if (maxRecordLength <= 0) {
            throw new IllegalArgumentException("maxRecordLength must be positive: " + maxRecordLength);
        }
        AllowedSources.parse(allowedSources); // fail on a typo at configuration time
    }

    /** Listens on all interfaces, accepts any source, default record limit. */
    public static TcpListenConfig of(String pbxId, int port) {
        return new TcpListenConfig(pbxId, ANY_ADDRESS, port, List.of(), CdrLineFrameDecoder.DEFAULT_MAX_RECORD_LENGTH);
    }

    public TcpListenConfig withBindAddress(String address) {
        return new TcpListenConfig(pbxId, address, port, allowedSources, maxRecordLength);
    }

    public TcpListenConfig withAllowedSources(List<String> sources) {
        return new TcpListenConfig(pbxId, bindAddress, port, sources, maxRecordLength);
    }

    public TcpListenConfig withMaxRecordLength(int length) {
        return new TcpListenConfig(pbxId, bindAddress, port, allowedSources, length);
    }
}
