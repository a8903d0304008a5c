package org.bluewhale.store.cdr;

/**
 * The 64-bit primary key of {@code cdr} and {@code quarantine} rows.
 *
 * <pre>
 *  63 62             40 39                                      0
 * +--+----------------+------------------------------------------+
 * |0 | pbx numeric id |           per-PBX sequence               |
 * +--+----------------+------------------------------------------+
 *       23 bits                     40 bits
 * </pre>
 *
 * Keys of one PBX grow with its sequence, so its rows append at the right edge of the B-tree.
 */
public final class CdrKey {

    public static final int SEQUENCE_BITS = 40;
    public static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    public static final int MAX_PBX_ID = (1 << (63 - SEQUENCE_BITS)) - 1;

    private CdrKey() {
    }

    public static long of(int pbxId, long sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of the key's 40 bits: " + sequence);
        }
        return ((long) pbxId << SEQUENCE_BITS) | sequence;
    }

    public static int pbxId(long key) {
        return (int) (key >>> SEQUENCE_BITS);
    }

    public static long sequence(long key) {
        return key & MAX_SEQUENCE;
    }
}
