package org.bluewhale.remote;

import java.time.Instant;
import org.bluewhale.core.spi.ConnectorStatus;

/**
 * What a remote unit knows of one local PBX's feed, for its log and the server.
 *
 * @param pbxId        the local PBX
 * @param link         UP while a session with the server is open, REFUSED when the server turned
 *                     the unit away (key, certificate, peer id), else DOWN (reconnecting)
 * @param journaled    records journaled so far (the last journal position)
 * @param acknowledged the last position the server acknowledged
 * @param sessions     sessions opened with the server since start
 * @param lastRecordAt when the PBX's last record was journaled (this run), or null
 * @param lastError    the last link error, or null
 * @param connector    the local connector's own status
 * @param resending    records an administrator's re-send has queued and the server not yet acknowledged
 */
public record FeedStatus(String pbxId, Link link, long journaled, long acknowledged, long sessions,
                         Instant lastRecordAt, String lastError, ConnectorStatus connector, long resending) {

    public enum Link { UP, DOWN, REFUSED }

    /** Records journaled and not yet acknowledged by the server. */
    public long backlog() {
        return Math.max(0, journaled - acknowledged);
    }
}
