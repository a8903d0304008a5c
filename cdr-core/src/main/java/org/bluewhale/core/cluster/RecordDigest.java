package org.bluewhale.core.cluster;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A record's content digest: SHA-256 of its bytes, the first 64 bits. Equal copies on two nodes
 * digest equal. One instance per thread (it keeps its MessageDigest, which is not thread-safe).
 */
final class RecordDigest {

    private final MessageDigest sha256;

    RecordDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    long of(byte[] bytes) {
        return ByteBuffer.wrap(sha256.digest(bytes)).getLong(); // digest() also resets it for the next record
    }
}
