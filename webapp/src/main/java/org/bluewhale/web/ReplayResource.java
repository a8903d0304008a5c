package org.bluewhale.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/replay?from=&to=&pbx=}: sends the records the raw journal received in
 * {@code [from, to)} (of one PBX, or all) through the pipeline again, e.g. after a PBX's format was
 * corrected. Idempotent: calls already stored stay once. Answers how many records were replayed
 * once they are back in the journal; the pipeline stores them next (the health's journal lag).
 */
public final class ReplayResource {

    /** The server's replay of a journal range; returns the number of records replayed. */
    @FunctionalInterface
    public interface Replayer {
        long replay(Instant from, Instant to, String pbx) throws InterruptedException;
    }

    private final Replayer replayer;

    ReplayResource(Replayer replayer) {
        this.replayer = replayer;
    }

    void replay(Context ctx) throws InterruptedException {
        QueryParams.Range range = QueryParams.range(ctx);
        Instant from = range.from();
        Instant to = range.to();
        String pbx = ctx.queryParam("pbx");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from.toString());
        answer.put("to", to.toString());
        answer.put("pbx", pbx);
        answer.put("records", replayer.replay(from, to, pbx == null || pbx.isBlank() ? null : pbx));
        ctx.json(answer);
    }
}
