package org.bluewhale.core.cluster;

/** One record of an owned stream as this node numbered it: where it is in the journal and what it holds. */
public record StreamEntry(long position, long seq, long digest, long receivedMillis) {
}
