package org.bluewhale.rsp.bluewhale;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link RspSender} reaches a Bluewhale server.
 *
 * @param host         server host
 * @param port         server port
 * @param peerId       the id announced in HELLO (the PBX or remote unit the server expects)
 * @param auth         pre-shared key, or null when a TLS client certificate identifies us
 * @param tls          TLS context (trusting the pinned server certificate), or null for plain TCP
 * @param compression  ask the server for zstd-compressed batches
 * @param batchRecords records per DATA frame at most
 * @param ackTimeout   a session whose sent records see no acknowledgement for this long is dropped
 *                     and resumed (an ACK lost on the way)
 * @param reconnectMin first wait before reconnecting; doubles up to {@code reconnectMax}
 * @param reconnectMax longest wait between connection attempts
 * @param resend       the sessions re-send records the server may hold already (HELLO flag), so it
 *                     journals them again instead of dropping those below its next sequence
 */
public record RspClientConfig(String host, int port, String peerId, RspAuth auth, SslContext tls, boolean compression,
                              int batchRecords, Duration ackTimeout, Duration reconnectMin, Duration reconnectMax,
                              boolean resend) {

    public RspClientConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(peerId, "peerId");
        if (auth == null && tls == null) {
            throw new IllegalArgumentException("an RSP sender needs a pre-shared key or a TLS client certificate");
        }
        if (batchRecords < 1) {
            throw new IllegalArgumentException("batchRecords must be positive: " + batchRecords);
        }
    }

    /** A live sender's configuration. */
    public RspClientConfig(String host, int port, String peerId, RspAuth auth, SslContext tls, boolean compression,
                           int batchRecords, Duration ackTimeout, Duration reconnectMin, Duration reconnectMax) {
        this(host, port, peerId, auth, tls, compression, batchRecords, ackTimeout, reconnectMin, reconnectMax, false);
    }

    /** Plain TCP with a pre-shared key, compression on, batches of 1,000, reconnects from 1 s to 30 s. */
    public static RspClientConfig of(String host, int port, String peerId, RspAuth auth) {
        return new RspClientConfig(host, port, peerId, auth, null, true, 1_000, Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public RspClientConfig withTls(SslContext context) {
        return new RspClientConfig(host, port, peerId, auth, context, compression, batchRecords, ackTimeout,
                reconnectMin, reconnectMax, resend);
    }

    public RspClientConfig withCompression(boolean on) {
        return new RspClientConfig(host, port, peerId, auth, tls, on, batchRecords, ackTimeout, reconnectMin,
                reconnectMax, resend);
    }

    public RspClientConfig withBatchRecords(int records) {
        return new RspClientConfig(host, port, peerId, auth, tls, compression, records, ackTimeout, reconnectMin,
                reconnectMax, resend);
    }

    public RspClientConfig withTimers(Duration ackWait, Duration reconnectFirst, Duration reconnectLongest) {
        return new RspClientConfig(host, port, peerId, auth, tls, compression, batchRecords, ackWait, reconnectFirst,
                reconnectLongest, resend);
    }

    /** The same link for a re-send of records the server may hold already. */
    public RspClientConfig forResend() {
        return new RspClientConfig(host, port, peerId, auth, tls, compression, batchRecords, ackTimeout, reconnectMin,
                reconnectMax, true);
    }
}
