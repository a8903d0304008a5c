package org.bluewhale.web;

import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.Connector;

/**
 * Stops and starts the PBX connectors of a running server. A stopped connector is closed and stays
 * in place, reporting STOPPED, so the dashboard and health still list it; starting builds a
 * fresh one from the PBX's configuration, because a closed connector has given back its socket or
 * port. Records a PBX sends while its connector is stopped are not received: the PBX buffers them
 * or the operator replays them (docs/web.md). A restart starts every configured connector again.
 */
public final class ConnectorSwitch {

    private final ConcurrentMap<String, Connector> connectors;
    private final Function<String, Optional<Connector>> build;

    /**
     * @param connectors the server's connectors by PBX id, which this changes in place
     * @param build      a new, not yet started connector for a PBX id, from its configuration
     */
    public ConnectorSwitch(ConcurrentMap<String, Connector> connectors, Function<String, Optional<Connector>> build) {
        this.connectors = connectors;
        this.build = build;
    }

    /** Every connector's state, by PBX id. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> all = new ArrayList<>();
        connectors.forEach((pbx, connector) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pbx", pbx);
            one.putAll(describe(connector));
            all.add(one);
        });
        return all;
    }

    /** A connector's name and status as the API and health show them. */
    public static Map<String, Object> describe(Connector connector) {
        ConnectorStatus s = connector.status();
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", connector.name());
        one.put("state", s.state().name());
        one.put("records", s.records());
        one.put("bytes", s.bytes());
        one.put("lastRecordAt", s.lastRecordAt() == null ? null : s.lastRecordAt().toString());
        one.put("lastError", s.lastError());
        return one;
    }

    /** @return false when it was stopped already */
    synchronized boolean stop(String pbx) {
        Connector connector = existing(pbx);
        if (connector.status().state() == ConnectorStatus.State.STOPPED) {
            return false;
        }
        connector.close();
        return true;
    }

    /** @return false when it was running already */
    synchronized boolean start(String pbx) {
        if (existing(pbx).status().state() != ConnectorStatus.State.STOPPED) {
            return false;
        }
        Connector fresh = build.apply(pbx).orElseThrow(() -> new Conflict("PBX " + pbx + " has no connector configured"));
        fresh.start();
        connectors.put(pbx, fresh);
        return true;
    }

    private Connector existing(String pbx) {
        Connector connector = connectors.get(pbx);
        if (connector == null) {
            throw new NotFoundResponse("no PBX " + pbx + " with a connector; the PBXs are "
                    + String.join(", ", connectors.keySet()));
        }
        return connector;
    }
}
