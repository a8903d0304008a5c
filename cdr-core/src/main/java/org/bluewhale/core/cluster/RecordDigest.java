package org.bluewhale.core.cluster;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A record's content digest: SHA-256 of its bytes, the first 64 bits. Equal copies on two nodes digest equal. */
final class RecordDigest {

    private RecordDigest() {
    }

    static long of(byte[] bytes) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes)).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
