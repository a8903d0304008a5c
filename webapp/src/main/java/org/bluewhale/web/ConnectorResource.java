package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.Map;
import org.bluewhale.web.auth.Audit;

/**
 * PBX connectors: {@code GET /api/v1/connectors} (state, records, last error of each) and
 * {@code POST /api/v1/connectors/{pbx}/stop} and {@code /start}, which answer the connector's state
 * after the change (409 when it was in that state already). Audited.
 */
final class ConnectorResource {

    private final ConnectorSwitch connectors;
    private final Audit audit;

    ConnectorResource(ConnectorSwitch connectors, Audit audit) {
        this.connectors = connectors;
        this.audit = audit;
    }

    void list(Context ctx) {
        ctx.json(connectors.list());
    }

    void stop(Context ctx) {
        change(ctx, "stop", connectors.stop(ctx.pathParam("pbx")));
    }

    void start(Context ctx) {
        change(ctx, "start", connectors.start(ctx.pathParam("pbx")));
    }

    private void change(Context ctx, String what, boolean changed) {
        String pbx = ctx.pathParam("pbx");
        if (!changed) {
            throw new Conflict("the connector of PBX " + pbx + " is " + (what.equals("stop") ? "stopped" : "running")
                    + " already");
        }
        audit.record(Access.principal(ctx).login(), "connector-" + what, pbx, ctx.ip());
        Map<String, Object> state = connectors.list().stream().filter(c -> pbx.equals(c.get("pbx"))).findFirst().orElseThrow();
        ctx.json(state);
    }
}
