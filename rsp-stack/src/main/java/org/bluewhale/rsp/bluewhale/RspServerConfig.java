package org.bluewhale.rsp.bluewhale;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.Objects;

/**
 * How a Bluewhale RSP listener receives one PBX's (or remote unit's) records.
 *
 * @param pbxId             journal key of the records
 * @param peerId            the id the sender must announce in HELLO
 * @param auth              the pre-shared key, or null when a TLS client certificate authenticates
 * @param tls               TLS context, or null for plain TCP
 * @param clientCertificate true when the TLS context requires a client certificate, whose common
 *                          name must then equal {@code peerId}
 * @param window            records a sender may have unacknowledged
 * @param keepAlive         a PING is sent after this long without sending anything
 * @param deadPeerTimeout   a session that received nothing for this long is closed
 * @param compression       whether senders may compress batches
 */
public record RspServerConfig(String pbxId, String peerId, RspAuth auth, SslContext tls, boolean clientCertificate,
                              int window, Duration keepAlive, Duration deadPeerTimeout, boolean compression) {

    public static final int DEFAULT_WINDOW = 50_000;

    public RspServerConfig {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(peerId, "peerId");
        if (auth == null && !clientCertificate) {
            throw new IllegalArgumentException("RSP for " + pbxId
                    + " needs a pre-shared key or TLS with client certificates: refusing to accept anyone");
        }
        if (clientCertificate && tls == null) {
            throw new IllegalArgumentException("client certificates need TLS");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (deadPeerTimeout.compareTo(keepAlive) <= 0) {
            throw new IllegalArgumentException("dead-peer timeout (" + deadPeerTimeout
                    + ") must be longer than the keep-alive interval (" + keepAlive + ")");
        }
    }

    /** Plain TCP, pre-shared key, defaults otherwise: what tests and benchmarks use. */
    public static RspServerConfig withKey(String pbxId, RspAuth auth) {
        return new RspServerConfig(pbxId, pbxId, auth, null, false, DEFAULT_WINDOW, Duration.ofSeconds(10),
                Duration.ofSeconds(30), true);
    }

    public RspServerConfig withTls(SslContext context, boolean requireClientCertificate) {
        return new RspServerConfig(pbxId, peerId, auth, context, requireClientCertificate, window, keepAlive,
                deadPeerTimeout, compression);
    }

    public RspServerConfig withTimers(Duration keepAliveEvery, Duration deadAfter) {
        return new RspServerConfig(pbxId, peerId, auth, tls, clientCertificate, window, keepAliveEvery, deadAfter,
                compression);
    }

    public RspServerConfig withWindow(int records) {
        return new RspServerConfig(pbxId, peerId, auth, tls, clientCertificate, records, keepAlive, deadPeerTimeout,
                compression);
    }
}
