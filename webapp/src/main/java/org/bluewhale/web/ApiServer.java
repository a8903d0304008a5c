package org.bluewhale.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.web.auth.BasicAuthenticator;

/**
 * The REST API on Javalin. {@code /api/v1/health} and {@code /metrics} (Prometheus) are open for
 * load balancers and monitoring; they carry counts, never call data. Every other {@code /api/v1}
 * resource needs an operator's credentials. Errors are
 * {@code application/problem+json} with a message a person can act on.
 */
public final class ApiServer implements AutoCloseable {

    /** Request attribute: the login of the authenticated operator. */
    static final String OPERATOR = "bluewhale.operator";

    private final Javalin app;

    /**
     * @param health  a snapshot of the server's state with a {@code status} of UP, DEGRADED or DOWN
     * @param metrics the Prometheus text exposition of the server's metrics
     */
    public ApiServer(Supplier<Map<String, Object>> health, Supplier<String> metrics, CdrReader cdrs,
                     BasicAuthenticator authenticator, BackupResource backups) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.jsonMapper(new JavalinJackson(json, false));
        });
        app.get("/api/v1/health", ctx -> {
            Map<String, Object> state = health.get();
            ctx.status("DOWN".equals(state.get("status")) ? 503 : 200).json(state);
        });
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
        app.before("/api/v1/*", ctx -> requireOperator(ctx, authenticator));
        app.get("/api/v1/cdrs", new CdrResource(cdrs)::list);
        app.get("/api/v1/quarantine", new QuarantineResource(cdrs)::list);
        app.post("/api/v1/layouts/preview", new LayoutPreviewResource(json)::preview);
        app.get("/api/v1/backup", backups::download);
        app.exception(BadRequest.class, (e, ctx) -> Problems.send(ctx, 400, "Bad request", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> Problems.send(ctx, 500, "Internal error",
                "the server could not answer: " + e.getMessage()));
        app.error(404, ctx -> {
            if (!ctx.res().isCommitted() && ctx.result() == null) {
                Problems.send(ctx, 404, "Not found", "no resource at " + ctx.path());
            }
        });
    }

    private static void requireOperator(Context ctx, BasicAuthenticator authenticator) {
        if (ctx.path().equals("/api/v1/health")) {
            return;
        }
        Optional<String> operator = authenticator.authenticate(ctx.header("Authorization"));
        operator.ifPresent(login -> ctx.attribute(OPERATOR, login));
        if (operator.isEmpty()) {
            ctx.header("WWW-Authenticate", "Basic realm=\"Bluewhale\", charset=\"UTF-8\"");
            Problems.send(ctx, 401, "Unauthorized",
                    "send HTTP Basic credentials of an operator (the first start writes the admin password "
                            + "to DATA/initial-admin-password)");
            ctx.skipRemainingHandlers();
        }
    }

    /** Adds {@code POST /api/v1/replay} (see {@link ReplayResource}); call before {@link #start}. */
    public ApiServer withReplay(ReplayResource.Replayer replayer) {
        app.post("/api/v1/replay", new ReplayResource(replayer)::replay);
        return this;
    }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
