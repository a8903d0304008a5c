package org.bluewhale.connectors.tcp;

import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of a {@link TcpClientConnector}: we connect to the PBX's CDR port.
 *
 * @param pbxId           the PBX whose records arrive on this link (journal key)
 * @param host            the PBX's host name or IP
 * @param port            the PBX's CDR port
 * @param alternateHost   a second host tried in turn with {@code host} when it fails (a standby
 *                        node), or null for none
 * @param alternatePort   the alternate host's port; 0 means the same as {@code port}
 * @param initialBackoff  the wait before reconnecting after the first failure or a disconnect
 * @param maxBackoff      the longest wait; the wait doubles after each failed attempt up to this
 * @param connectTimeout  how long one connection attempt may take
 * @param maxRecordLength longest record in bytes; longer ones are journaled truncated
 */
public record TcpClientConfig(String pbxId, String host, int port, String alternateHost, int alternatePort,
                              Duration initialBackoff, Duration maxBackoff, Duration connectTimeout,
                              int maxRecordLength) {

    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(1);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public TcpClientConfig {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (pbxId.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("pbxId and host must not be blank");
        }
        requirePort(port, 1);
        requirePort(alternatePort, 0);
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 < initial <= max: " + initialBackoff
                    + ", " + maxBackoff);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connectTimeout out of range: " + connectTimeout);
        }
        if (maxRecordLength <= 0) {
            throw new IllegalArgumentException("maxRecordLength must be positive: " + maxRecordLength);
        }
    }

    /** One host, default back-off (1 s doubling to 1 min), 10 s connect timeout, default record limit. */
    public static TcpClientConfig of(String pbxId, String host, int port) {
        return new TcpClientConfig(pbxId, host, port, null, 0, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF,
                DEFAULT_CONNECT_TIMEOUT, CdrLineFrameDecoder.DEFAULT_MAX_RECORD_LENGTH);
    }

    public TcpClientConfig withAlternate(String alternateHost, int alternatePort) {
        return new TcpClientConfig(pbxId, host, port, alternateHost, alternatePort, initialBackoff, maxBackoff,
                connectTimeout, maxRecordLength);
    }

    public TcpClientConfig withBackoff(Duration initial, Duration max) {
        return new TcpClientConfig(pbxId, host, port, alternateHost, alternatePort, initial, max, connectTimeout,
                maxRecordLength);
    }

    public TcpClientConfig withConnectTimeout(Duration timeout) {
        return new TcpClientConfig(pbxId, host, port, alternateHost, alternatePort, initialBackoff, maxBackoff,
                timeout, maxRecordLength);
    }

    public TcpClientConfig withMaxRecordLength(int length) {
        return new TcpClientConfig(pbxId, host, port, alternateHost, alternatePort, initialBackoff, maxBackoff,
                connectTimeout, length);
    }

    private static void requirePort(int value, int min) {
        if (value < min || value > 65535) {
            throw new IllegalArgumentException("port out of range " + min + "..65535: " + value);
        }
    }
}
