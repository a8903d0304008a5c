package org.bluewhale.core.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Interns PBX ids read from the journal: a reader sees the same few sources millions of times,
 * so it compares bytes against the last one instead of allocating a String per record.
 */
final class SourceNames {

    private byte[] lastBytes = new byte[0];
    private String lastName = "";

    String read(ByteBuffer in, int length) {
        int at = in.position();
        if (length == lastBytes.length && matches(in, at)) {
            in.position(at + length);
            return lastName;
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        lastBytes = bytes;
        lastName = new String(bytes, StandardCharsets.UTF_8);
        return lastName;
    }

    private boolean matches(ByteBuffer in, int at) {
        for (int i = 0; i < lastBytes.length; i++) {
            if (in.get(at + i) != lastBytes[i]) {
                return false;
            }
        }
        return true;
    }
}
