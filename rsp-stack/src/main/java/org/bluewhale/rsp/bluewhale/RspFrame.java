package org.bluewhale.rsp.bluewhale;

import java.util.Arrays;
import java.util.List;

/**
 * The frames of Bluewhale RSP, as {@link RspFrameDecoder} produces them and
 * {@link RspFrameEncoder} writes them. The byte layout of each is drawn in {@code docs/rsp.md}
 * and in {@link RspFrameDecoder}.
 */
public sealed interface RspFrame {

    int NONCE_BYTES = 32;
    int MAC_BYTES = 32;

    /**
     * Sender to server, first frame of a session. A {@code resend} session carries records the
     * server may hold already (an administrator's re-send of a time range): the server journals
     * each one again with its own sequence and its store keeps one row per (PBX, sequence).
     */
    record Hello(int version, boolean wantsCompression, boolean resend, byte[] clientNonce, String peerId)
            implements RspFrame {
        public static final int VERSION = 1;

        /** A live session: records the server holds already are dropped. */
        public Hello(int version, boolean wantsCompression, byte[] clientNonce, String peerId) {
            this(version, wantsCompression, false, clientNonce, peerId);
        }

        public Hello {
            if (peerId.isEmpty() || peerId.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
                throw new IllegalArgumentException("peer id must have 1..255 UTF-8 bytes: '" + peerId + "'");
            }
        }

        @Override
        public String toString() {
            return "Hello[v" + version + ", peer " + peerId + ", compression " + wantsCompression
                    + (resend ? ", resend" : "") + "]";
        }
    }

    /** Server to sender: prove you hold the pre-shared key for this nonce. */
    record Challenge(byte[] serverNonce) implements RspFrame {
        @Override
        public String toString() {
            return "Challenge";
        }
    }

    /** Sender to server: HMAC-SHA256 proof of the pre-shared key ({@link RspAuth#clientProof}). */
    record Auth(byte[] mac) implements RspFrame {
        @Override
        public String toString() {
            return "Auth";
        }
    }

    /**
     * Server to sender: the session is open.
     *
     * @param nextSequence    every record numbered below this is in the journal; send from here
     * @param window          records the sender may have unacknowledged at once
     * @param keepAliveMillis send a {@link Ping} after this long without sending anything
     * @param compression     true when DATA batches may be zstd-compressed
     * @param takesStatus     true when the server reads {@link Status} reports; a server from before
     *                        STATUS never sets it, so a unit sends them only where they are understood
     * @param serverProof     HMAC proving the server knows the key too; all zero without a key
     */
    record Accept(long nextSequence, int window, int keepAliveMillis, boolean compression, boolean takesStatus,
                  byte[] serverProof) implements RspFrame {
        @Override
        public String toString() {
            return "Accept[next " + nextSequence + ", window " + window + ", keep-alive " + keepAliveMillis
                    + " ms, compression " + compression + ", status " + takesStatus + "]";
        }
    }

    /** Records {@code firstSequence .. firstSequence + records.size() - 1}, in order. */
    record Data(long firstSequence, List<byte[]> records) implements RspFrame {
        public long lastSequence() {
            return firstSequence + records.size() - 1;
        }

        @Override
        public String toString() {
            return "Data[" + firstSequence + ".." + lastSequence() + "]";
        }
    }

    /** Server to sender: every record up to and including {@code throughSequence} is journaled. */
    record Ack(long throughSequence) implements RspFrame {
    }

    /**
     * Sender to server, in an open session whose ACCEPT said {@code takesStatus}: the sender's own
     * view of its feed (a remote unit's status tick), which the server cannot see otherwise.
     *
     * @param journaled    records the sender journaled so far (its last journal position)
     * @param acknowledged the last position the server acknowledged, as the sender knows it
     * @param connector    the state of the sender's local PBX connector (e.g. CONNECTED), 1..255 UTF-8 bytes
     * @param lastError    the sender's last error, or null
     */
    record Status(long journaled, long acknowledged, String connector, String lastError) implements RspFrame {
        public Status {
            if (connector.isEmpty() || connector.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
                throw new IllegalArgumentException("connector state must have 1..255 UTF-8 bytes: '" + connector + "'");
            }
            lastError = lastError == null || lastError.isEmpty() ? null : lastError;
        }

        /** Records journaled and not yet acknowledged. */
        public long backlog() {
            return Math.max(0, journaled - acknowledged);
        }
    }

    /** Keep-alive; answered by a {@link Pong} with the same token. */
    record Ping(long token) implements RspFrame {
    }

    record Pong(long token) implements RspFrame {
    }

    /** Either side: the session ends, with a reason; the socket is closed after it. */
    record Close(CloseReason reason, String text) implements RspFrame {
    }

    /** Why a session ended; the byte is on the wire. */
    enum CloseReason {
        NORMAL(0), AUTH_FAILED(1), UNKNOWN_PEER(2), BAD_VERSION(3), PROTOCOL_ERROR(4), SHUTTING_DOWN(5),
        DEAD_PEER(6);

        final int code;

        CloseReason(int code) {
            this.code = code;
        }

        static CloseReason of(int code) {
            return Arrays.stream(values()).filter(r -> r.code == code).findFirst()
                    .orElseThrow(() -> new RspProtocolException("unknown close reason " + code));
        }
    }
}
