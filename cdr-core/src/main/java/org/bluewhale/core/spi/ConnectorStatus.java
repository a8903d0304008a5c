package org.bluewhale.core.spi;

import java.time.Instant;

/**
 * What an operator needs to see of a connector.
 *
 * @param state         CONNECTED, LISTENING, CONNECTING, PAUSED (journal full), STOPPED or FAILING
 * @param records       records received since start
 * @param bytes         bytes received since start
 * @param lastRecordAt  when the last record arrived, or null
 * @param lastError     the last error, or null
 */
public record ConnectorStatus(State state, long records, long bytes, Instant lastRecordAt, String lastError) {
    public enum State {
        CONNECTED, LISTENING, CONNECTING, PAUSED, STOPPED, FAILING;

        /**
         * The state of a connector that listens for its peers (TCP, RSP): stopped until bound and
         * once closed, failing when it could not bind, paused while the journal is full, else
         * connected while a peer is, listening when none is.
         */
        public static State ofListener(boolean closed, boolean bound, boolean bindFailed, boolean paused,
                                       boolean peersConnected) {
            if (closed || (!bound && !bindFailed)) {
                return STOPPED;
            }
            if (bindFailed) {
                return FAILING;
            }
            if (paused) {
                return PAUSED;
            }
            return peersConnected ? CONNECTED : LISTENING;
        }
    }
}
