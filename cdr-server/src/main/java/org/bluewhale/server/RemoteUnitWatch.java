package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_RSP_SILENT_AFTER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.RspListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote units (and other senders) of the server's Bluewhale RSP PBXs, as the operator sees
 * them: link, records, when each was last heard from (data or keep-alive), what the unit last reported
 * of itself (backlog, local connector, last error: its STATUS frames), and whether it has been
 * silent longer than its {@code pbx.<id>.rsp-silent-after}. A unit falling silent is logged once at
 * WARN, its return at INFO; {@link #check} is run periodically.
 */
final class RemoteUnitWatch {

    private static final Logger log = LoggerFactory.getLogger(RemoteUnitWatch.class);

    private record Watched(String pbxId, RspListener listener, Duration silentAfter) {
    }

    private final List<Watched> units = new ArrayList<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Instant started;

    RemoteUnitWatch(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Watches {@code pbx} if it is received over Bluewhale RSP. */
    void add(PbxSettings pbx, Object connector) {
        if (pbx.transport().equals("rsp") && connector instanceof RspListener listener) {
            units.add(new Watched(pbx.descriptor().id(), listener, pbx.get(PBX_RSP_SILENT_AFTER)));
        }
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    /** Logs every unit that fell silent or came back since the last check. */
    void check() {
        Instant now = clock.instant();
        for (Watched unit : units) {
            Instant heard = lastHeard(unit);
            boolean quiet = Duration.between(heard, now).compareTo(unit.silentAfter()) > 0;
            if (quiet && silent.add(unit.pbxId())) {
                log.warn("remote unit {} is silent: nothing heard since {} (pbx.{}.rsp-silent-after is {}); {}",
                        unit.pbxId(), heard, unit.pbxId(), unit.silentAfter(),
                        unit.listener().status().lastError() == null ? "no error recorded"
                                : "last error: " + unit.listener().status().lastError());
            } else if (!quiet && silent.remove(unit.pbxId())) {
                log.info("remote unit {} is heard from again", unit.pbxId());
            }
        }
    }

    /** One entry per unit, for {@code /api/v1/remote-units} and the health report. */
    List<Map<String, Object>> units() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Watched unit : units) {
            ConnectorStatus status = unit.listener().status();
            Instant heard = unit.listener().counters().lastHeardAt();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pbx", unit.pbxId());
            one.put("state", status.state().name());
            one.put("sessions", unit.listener().counters().openSessions());
            one.put("records", status.records());
            one.put("duplicatesDropped", unit.listener().counters().duplicates());
            one.put("resent", unit.listener().counters().resent());
            one.put("lastRecordAt", status.lastRecordAt() == null ? null : status.lastRecordAt().toString());
            one.put("lastHeardAt", heard == null ? null : heard.toString());
            one.put("silent", silent.contains(unit.pbxId()));
            one.put("silentAfterSeconds", unit.silentAfter().toSeconds());
            one.put("refusedSessions", unit.listener().counters().refusedSessions());
            one.put("lastError", status.lastError());
            one.put("reported", reported(unit.listener().counters().lastReported()));
            all.add(one);
        }
        return all;
    }

    /** What the unit last said of itself (its STATUS), or null for a unit that never reported (one from before STATUS). */
    private static Map<String, Object> reported(RspCounters.Reported reported) {
        if (reported == null) {
            return null;
        }
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("backlog", reported.status().backlog());
        one.put("journaled", reported.status().journaled());
        one.put("acknowledged", reported.status().acknowledged());
        one.put("connector", reported.status().connector());
        one.put("lastError", reported.status().lastError());
        one.put("at", reported.at().toString());
        return one;
    }

    /** Never heard from counts from the server's start, so a unit that never came is reported too. */
    private Instant lastHeard(Watched unit) {
        Instant heard = unit.listener().counters().lastHeardAt();
        return heard == null ? started : heard;
    }

    /** How often to check: often enough to notice the shortest silence configured within a quarter of it. */
    Duration checkEvery() {
        Duration shortest = units.stream().map(Watched::silentAfter).min(Duration::compareTo).orElse(Duration.ofMinutes(1));
        long millis = Math.max(100, Math.min(10_000, shortest.toMillis() / 4));
        return Duration.ofMillis(millis);
    }
}
