package org.bluewhale.rsp.bluewhale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pre-shared-key authentication of a session, both ways: each side proves it holds the key by
 * an HMAC-SHA256 over both nonces and the peer id, with a different label per direction so one
 * side's proof cannot be replayed as the other's. Fresh nonces make an old proof worthless.
 *
 * <pre>
 * client proof = HMAC-SHA256(key, "BWRSP client" | client nonce | server nonce | peer id UTF-8)
 * server proof = HMAC-SHA256(key, "BWRSP server" | client nonce | server nonce | peer id UTF-8)
 * </pre>
 */
public final class RspAuth {

    /** Shorter keys are refused: they could be guessed offline from one captured handshake. */
    public static final int MIN_KEY_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public RspAuth(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("pre-shared key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** Reads a key file: its text, trimmed (so a trailing newline does not matter). */
    public static RspAuth fromFile(Path file) {
        try {
            return new RspAuth(Files.readString(file, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pre-shared key file " + file, e);
        }
    }

    public static byte[] nonce() {
        byte[] nonce = new byte[RspFrame.NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    public byte[] clientProof(byte[] clientNonce, byte[] serverNonce, String peerId) {
        return mac("BWRSP client", clientNonce, serverNonce, peerId);
    }

    public byte[] serverProof(byte[] clientNonce, byte[] serverNonce, String peerId) {
        return mac("BWRSP server", clientNonce, serverNonce, peerId);
    }

    /** Constant-time comparison, so timing tells an attacker nothing about how close a guess was. */
    public static boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    private byte[] mac(String label, byte[] clientNonce, byte[] serverNonce, String peerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label.getBytes(StandardCharsets.US_ASCII));
            mac.update(clientNonce);
            mac.update(serverNonce);
            return mac.doFinal(peerId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
