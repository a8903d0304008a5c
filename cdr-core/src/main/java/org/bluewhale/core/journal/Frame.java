package org.bluewhale.core.journal;

/**
 * One framed record as a connector cut it from its byte stream, before it is journaled.
 *
 * @param bytes     the record without its terminator (at most the framing limit)
 * @param truncated true when the record was longer than the limit and only its head is kept;
 *                  it is journaled anyway and quarantined later with that reason
 */
public record Frame(byte[] bytes, boolean truncated) {
    public static Frame of(byte[] bytes) {
        return new Frame(bytes, false);
    }
}
