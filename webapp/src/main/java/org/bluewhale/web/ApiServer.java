package org.bluewhale.web;

import static org.bluewhale.web.auth.Role.ADMINISTRATOR;
import static org.bluewhale.web.auth.Role.AUDITOR;
import static org.bluewhale.web.auth.Role.BILLING_MANAGER;
import static org.bluewhale.web.auth.Role.DEPARTMENT_MANAGER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.RerateJobs;
import org.bluewhale.web.auth.ApiTokens;
import org.bluewhale.web.auth.Anyone;
import org.bluewhale.web.auth.Audit;
import org.bluewhale.web.auth.AuthFailure;
import org.bluewhale.web.auth.Authenticator;
import org.bluewhale.web.auth.BasicAuthenticator;
import org.bluewhale.web.auth.LoginGuard;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.auth.Role;
import org.bluewhale.web.auth.Sessions;
import org.bluewhale.web.live.ExtensionOwners;
import org.bluewhale.web.live.LiveFeed;
import org.bluewhale.web.tls.HttpsConnector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The REST API and the UI on Javalin. Every route names the roles allowed on it ({@link Access});
 * only {@code /api/v1/health} and the login are open. Errors are {@code application/problem+json}
 * with a message a person can act on. A client past its request rate gets 429 with Retry-After.
 * With HTTPS configured, plain HTTP only redirects to it and HTTPS answers carry HSTS.
 */
public final class ApiServer implements AutoCloseable {

    private static final RouteRole[] ALL_CALLS = {ADMINISTRATOR, BILLING_MANAGER, AUDITOR};
    private static final RouteRole[] ADMIN_OR_AUDITOR = {ADMINISTRATOR, AUDITOR};
    private static final RouteRole[] ORG_EDITORS = {ADMINISTRATOR, BILLING_MANAGER};
    private static final RouteRole[] CHANGERS = {ADMINISTRATOR, BILLING_MANAGER, DEPARTMENT_MANAGER};

    private final Javalin app;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final HttpsConnector https;
    private final Audit audit;
    private final Clock clock;
    private final CdrResource cdrs;
    private String bind;
    private int plainPort;
    private ServerConnector plainConnector;

    /**
     * @param health  a snapshot of the server's state with a {@code status} of UP, DEGRADED or DOWN
     * @param metrics the Prometheus text exposition of the server's metrics
     * @param live    the calls the pipeline stores, as they are stored
     * @param backups the backup download
     */
    public ApiServer(Supplier<Map<String, Object>> health, Supplier<String> metrics, Database database,
                     PasswordHasher hasher, Clock clock, WebSettings settings, LiveFeed live, BackupResource backups) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.https = settings.https() == null ? null : new HttpsConnector(settings.https());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.jsonMapper(new JavalinJackson(json, false));
            if (https != null) { // Javalin adds its own plain connector only when none is configured
                config.jetty.addConnector((server, plain) -> {
                    plainConnector = new ServerConnector(server, new HttpConnectionFactory(plain));
                    plainConnector.setHost(bind);
                    plainConnector.setPort(plainPort);
                    return plainConnector;
                });
                config.jetty.addConnector(https::create);
            }
        });
        this.audit = new Audit(database.auditLog(), clock);
        this.clock = clock;
        LoginGuard guard = new LoginGuard(database.operatorRepository(), hasher, audit, clock);
        Sessions sessions = new Sessions(database.webSessions(), clock);
        BasicAuthenticator basic = new BasicAuthenticator(guard, clock);
        ApiTokens tokens = new ApiTokens(database.apiTokens(), clock);
        Access access = new Access(new Authenticator(database.operatorRepository(), sessions, tokens, basic));
        RateLimiter limiter = new RateLimiter(settings.ratePerSecond(), settings.rateBurst(), clock);
        DepartmentScope scope = new DepartmentScope(database.orgRepository());

        app.before(ctx -> protocol(ctx));
        app.before("/api/*", ctx -> throttle(ctx, limiter));
        app.before("/metrics", ctx -> throttle(ctx, limiter));
        app.beforeMatched(access::check);

        route(HandlerType.GET, "/api/v1/health", ctx -> {
            Map<String, Object> state = health.get();
            ctx.status("DOWN".equals(state.get("status")) ? 503 : 200).json(state);
        }, Anyone.ANYONE);
        SessionResource session = new SessionResource(guard, sessions, audit, https != null);
        route(HandlerType.POST, "/api/v1/session", session::login, Anyone.ANYONE);
        route(HandlerType.GET, "/api/v1/session", session::current, Role.ANY);
        route(HandlerType.DELETE, "/api/v1/session", session::logout, Role.ANY);
        route(HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.get()), Role.ANY);
        route(HandlerType.GET, "/api/v1/openapi.json", ctx -> ctx.contentType("application/json")
                .result(OpenApiDocument.text()), Role.ANY);

        cdrs = new CdrResource(database.cdrReader(), scope);
        route(HandlerType.GET, "/api/v1/cdrs", cdrs::list, Role.ANY);
        route(HandlerType.GET, "/api/v1/cdrs/export", cdrs::export, Role.ANY);
        route(HandlerType.GET, "/api/v1/cdrs/{pbx}/{sequence}", cdrs::one, Role.ANY);
        ExtensionOwners owners = new ExtensionOwners(database.orgRepository(), clock);
        app.sse("/api/v1/live", client -> {
            client.keepAlive();
            live.subscribe(client, LiveFeed.within(scope.of(Access.principal(client.ctx())), owners),
                    client.ctx().header("Last-Event-ID"));
        }, Role.ANY);
        endpoints.add(new Endpoint(HandlerType.GET, "/api/v1/live", Set.of(Role.ANY)));
        route(HandlerType.GET, "/api/v1/dashboard", new DashboardResource(database.cdrReader(), database.trafficReader(), scope, clock)::totals, Role.ANY);
        route(HandlerType.GET, "/api/v1/quarantine", new QuarantineResource(database.cdrReader())::list, ALL_CALLS);
        route(HandlerType.GET, "/api/v1/audit", new AuditResource(database.auditLog())::list, ADMIN_OR_AUDITOR);

        OperatorResource operators = new OperatorResource(database.operatorRepository(), database.orgRepository(),
                hasher, guard, sessions, basic, audit, clock);
        route(HandlerType.GET, "/api/v1/operators", operators::list, ADMIN_OR_AUDITOR);
        route(HandlerType.POST, "/api/v1/operators", operators::create, ADMINISTRATOR);
        route(HandlerType.POST, "/api/v1/operators/{login}/unlock", operators::unlock, ADMINISTRATOR);
        route(HandlerType.PUT, "/api/v1/operators/{login}/password", operators::changePassword, Role.ANY);

        route(HandlerType.POST, "/api/v1/layouts/preview", new LayoutPreviewResource(json)::preview,
                ADMINISTRATOR, BILLING_MANAGER);
        route(HandlerType.GET, "/api/v1/backup", backups::download, ADMINISTRATOR);

        // Company screen (issue 7): the department tree, people, extensions and the bulk import
        OrgScope orgScope = new OrgScope(scope);
        DepartmentResource departments = new DepartmentResource(database.orgRepository(), orgScope, audit);
        route(HandlerType.GET, "/api/v1/org/departments", departments::list, Role.ANY);
        route(HandlerType.POST, "/api/v1/org/departments", departments::create, ORG_EDITORS);
        route(HandlerType.PUT, "/api/v1/org/departments/{id}", departments::update, ORG_EDITORS);
        route(HandlerType.DELETE, "/api/v1/org/departments/{id}", departments::delete, ORG_EDITORS);
        PersonResource people = new PersonResource(database.orgRepository(), orgScope, database.chargeAllocator(),
                audit, clock);
        route(HandlerType.GET, "/api/v1/org/users", people::list, Role.ANY);
        route(HandlerType.POST, "/api/v1/org/users", people::create, ORG_EDITORS);
        route(HandlerType.PUT, "/api/v1/org/users/{id}", people::update, ORG_EDITORS);
        route(HandlerType.DELETE, "/api/v1/org/users/{id}", people::delete, ORG_EDITORS);
        route(HandlerType.POST, "/api/v1/org/users/{id}/extensions", people::assign, ORG_EDITORS);
        route(HandlerType.DELETE, "/api/v1/org/extensions/{number}", people::unassign, ORG_EDITORS);
        route(HandlerType.POST, "/api/v1/org/import", new OrgImportResource(database.orgImporter(), audit)::importFile,
                ORG_EDITORS);

        TokenResource tokenResource = new TokenResource(tokens, audit);
        route(HandlerType.GET, "/api/v1/tokens", tokenResource::list, CHANGERS);
        route(HandlerType.POST, "/api/v1/tokens", tokenResource::create, CHANGERS);
        route(HandlerType.DELETE, "/api/v1/tokens/{id}", tokenResource::revoke, CHANGERS);

        app.exception(AuthFailure.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            if (e.status() == 401 && ctx.header("X-Requested-With") == null) {
                ctx.header("WWW-Authenticate", "Basic realm=\"Bluewhale\", charset=\"UTF-8\"");
            }
            Problems.send(ctx, e.status(), switch (e.status()) {
                case 401 -> "Unauthorized";
                case 423 -> "Locked";
                default -> "Forbidden";
            }, e.getMessage());
        });
        app.exception(TooManyRequests.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            Problems.send(ctx, 429, "Too many requests", e.getMessage());
        });
        app.exception(BadRequest.class, (e, ctx) -> Problems.send(ctx, 400, "Bad request", e.getMessage()));
        app.exception(Conflict.class, (e, ctx) -> Problems.send(ctx, 409, "Conflict", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> Problems.send(ctx, e.getStatus(),
                e.getStatus() == 404 ? "Not found" : "Error", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> Problems.send(ctx, 500, "Internal error",
                "the server could not answer: " + e.getMessage()));
        app.error(404, ctx -> {
            if (!ctx.res().isCommitted() && ctx.result() == null) {
                Problems.send(ctx, 404, "Not found", "no resource at " + ctx.path());
            }
        });
    }

    private void route(HandlerType method, String path, Handler handler, RouteRole... roles) {
        app.addHttpHandler(method, path, handler, roles);
        endpoints.add(new Endpoint(method, path, Set.of(roles)));
    }

    /** Plain HTTP redirects to HTTPS when it is on; HTTPS answers tell browsers to stay there; no framing, no sniffing. */
    private void protocol(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        if (https == null) {
            return;
        }
        if ("https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=" + https.settings().hstsMaxAge().toSeconds());
            return;
        }
        String host = ctx.host() == null ? "localhost" : ctx.host().replaceFirst(":\\d+$", "");
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.header("Location", "https://" + host + ":" + https.port() + ctx.path() + query);
        ctx.status(308);
        ctx.skipRemainingHandlers();
    }

    private static void throttle(Context ctx, RateLimiter limiter) {
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            throw new TooManyRequests("more than the allowed requests per second from " + ctx.ip()
                    + "; wait " + wait + " s (http.rate-limit)", wait);
        }
    }

    /** Every route with the roles allowed on it. */
    public List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /** The reports of {@code catalogue} at {@code GET /api/v1/reports/{name}}, each operator's scope applied. */
    public ApiServer withReports(Database database, ReportCatalogue catalogue) {
        route(HandlerType.GET, "/api/v1/reports/{name}", new ReportResource(new ReportService(database, catalogue),
                new DepartmentScope(database.orgRepository()), database.orgRepository())::report, Role.ANY);
        return this;
    }

    /** Adds {@code POST /api/v1/replay} (see {@link ReplayResource}); call before {@link #start}. */
    public ApiServer withReplay(ReplayResource.Replayer replayer) {
        route(HandlerType.POST, "/api/v1/replay", new ReplayResource(replayer)::replay, ADMINISTRATOR);
        return this;
    }

    /**
     * Adds what the rating engine in place tells about stored calls: {@code GET
     * /api/v1/cdrs/{pbx}/{sequence}/rating} (see {@link RatingTraceResource}) and {@code GET
     * /api/v1/what-if} (see {@link WhatIfResource}); call before {@link #start}.
     */
    public ApiServer withRating(Database database, Supplier<RatingEngine> engine) {
        route(HandlerType.GET, "/api/v1/cdrs/{pbx}/{sequence}/rating",
                new RatingTraceResource(cdrs, leg -> engine.get().explain(leg))::trace, Role.ANY);
        route(HandlerType.GET, "/api/v1/what-if", new WhatIfResource(database.cdrReader(),
                new DepartmentScope(database.orgRepository()), engine)::compare, Role.ANY);
        return this;
    }

    /**
     * Adds re-rating of a stored period (see {@link RerateResource}); {@code start} queues a created
     * job; call before {@link #start}.
     */
    public ApiServer withRerating(RerateJobs jobs, LongConsumer start) {
        RerateResource rerate = new RerateResource(jobs, start, audit);
        route(HandlerType.POST, "/api/v1/rerate", rerate::create, ADMINISTRATOR, BILLING_MANAGER);
        route(HandlerType.GET, "/api/v1/rerate", rerate::list, ALL_CALLS);
        route(HandlerType.GET, "/api/v1/rerate/{id}", rerate::one, ALL_CALLS);
        return this;
    }

    /** Adds the RAW DUMP routes (see {@link RawDumpResource}); call before {@link #start}. */
    public ApiServer withRawDump(RawDumpFiles files) {
        RawDumpResource rawDump = new RawDumpResource(files);
        route(HandlerType.GET, "/api/v1/rawdump", rawDump::pbxs, ADMIN_OR_AUDITOR);
        route(HandlerType.GET, "/api/v1/rawdump/{pbx}/files", rawDump::list, ADMIN_OR_AUDITOR);
        route(HandlerType.GET, "/api/v1/rawdump/{pbx}/files/{name}", rawDump::download, ADMIN_OR_AUDITOR);
        route(HandlerType.GET, "/api/v1/rawdump/{pbx}/records", rawDump::records, ADMIN_OR_AUDITOR);
        return this;
    }

    /**
     * Adds the carriers, tariff and site editors over the rating model file, or, with null (the
     * model is not a file), the same routes read-only; call before {@link #start}.
     */
    public ApiServer withTariffs(TariffModelFile model) {
        TariffResource tariffs = new TariffResource(model, audit, clock);
        route(HandlerType.GET, "/api/v1/carriers", tariffs::carriers, ALL_CALLS);
        route(HandlerType.POST, "/api/v1/carriers/{carrier}/plans/{plan}/versions", tariffs::addVersion,
                ADMINISTRATOR, BILLING_MANAGER);
        route(HandlerType.GET, "/api/v1/carriers/{carrier}/plans/{plan}/tariff", tariffs::exportTariff, ALL_CALLS);
        route(HandlerType.POST, "/api/v1/carriers/{carrier}/plans/{plan}/tariff", tariffs::importTariff,
                ADMINISTRATOR, BILLING_MANAGER);
        SiteResource sites = new SiteResource(model, audit);
        route(HandlerType.GET, "/api/v1/sites", sites::list, ALL_CALLS);
        route(HandlerType.PUT, "/api/v1/sites/{id}", sites::replace, ADMINISTRATOR);
        return this;
    }

    /** Adds the PBX connectors' state and their stop and start (administrators); call before {@link #start}. */
    public ApiServer withConnectors(ConnectorSwitch connectors) {
        ConnectorResource resource = new ConnectorResource(connectors, audit);
        route(HandlerType.GET, "/api/v1/connectors", resource::list, ALL_CALLS);
        route(HandlerType.POST, "/api/v1/connectors/{pbx}/stop", resource::stop, ADMINISTRATOR);
        route(HandlerType.POST, "/api/v1/connectors/{pbx}/start", resource::start, ADMINISTRATOR);
        return this;
    }

    /**
     * Adds {@code GET /api/v1/remote-units} (administrators, auditors): the server's remote units
     * as {@code units} lists them; call before {@link #start}.
     */
    public ApiServer withRemoteUnits(Supplier<List<Map<String, Object>>> units) {
        route(HandlerType.GET, "/api/v1/remote-units", ctx -> ctx.json(Map.of("units", units.get())), ADMIN_OR_AUDITOR);
        return this;
    }

    /**
     * Adds {@code GET /api/v1/cluster} (those who see the connectors): this node, the group's live
     * members and leader, who owns which PBX at which epoch, and the recent ownership changes
     * (failovers) as {@code status} reports them; call before {@link #start}.
     */
    public ApiServer withCluster(ClusterStatus status) {
        route(HandlerType.GET, "/api/v1/cluster", ctx -> ctx.json(status.snapshot()), ALL_CALLS);
        return this;
    }

    /**
     * Adds {@code GET /api/v1/layouts} (see {@link LayoutResource}) over the layout files of the
     * PBXs that have one, by PBX id; call before {@link #start}.
     */
    public ApiServer withLayouts(Map<String, Path> files) {
        route(HandlerType.GET, "/api/v1/layouts", new LayoutResource(files)::list, ALL_CALLS);
        return this;
    }

    public ApiServer start(String host, int port) {
        if (https == null) {
            app.start(host, port);
        } else {
            bind = host;
            plainPort = port;
            https.bind(host);
            app.start();
        }
        return this;
    }

    /** The plain HTTP port. */
    public int port() {
        return https == null ? app.port() : plainConnector.getLocalPort();
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int httpsPort() {
        return https == null ? -1 : https.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
