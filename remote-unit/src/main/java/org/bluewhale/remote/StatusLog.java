package org.bluewhale.remote;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the unit's status to its log: one INFO line per feed at every report, and a WARN when
 * a feed's link goes down or is refused, so an operator at the branch sees what the server sees.
 */
final class StatusLog {

    private static final Logger log = LoggerFactory.getLogger(StatusLog.class);

    private final String unitId;
    private List<FeedStatus> previous = List.of();

    StatusLog(String unitId) {
        this.unitId = unitId;
    }

    synchronized void report(List<FeedStatus> now) {
        for (FeedStatus feed : now) {
            FeedStatus before = previous.stream().filter(p -> p.pbxId().equals(feed.pbxId())).findFirst().orElse(null);
            boolean linkChanged = before != null && before.link() != feed.link();
            if (linkChanged && feed.link() != FeedStatus.Link.UP) {
                log.warn("remote unit {}: PBX {}: link {} ({}), backlog {}", unitId, feed.pbxId(), feed.link(),
                        feed.lastError(), feed.backlog());
            } else {
                log.info("remote unit {}: PBX {}: link {}, journaled {}, acknowledged {}, backlog {}, sessions {}, "
                                + "last record {}, connector {}{}", unitId, feed.pbxId(), feed.link(), feed.journaled(),
                        feed.acknowledged(), feed.backlog(), feed.sessions(), feed.lastRecordAt(),
                        feed.connector().state(), feed.lastError() == null ? "" : ", last error: " + feed.lastError());
            }
        }
        previous = now;
    }
}
