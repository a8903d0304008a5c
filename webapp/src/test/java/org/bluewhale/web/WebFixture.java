package org.bluewhale.web;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.Database;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.live.LiveFeed;
import org.bluewhale.web.tls.HttpsSettings;

/**
 * A real API server on an embedded database with a small company: Sales (with Export below it)
 * and Support, one user each on extensions 2001 (Export), 2002 (Sales) and 3001 (Support), calls
 * from each, and one operator per role.
 */
final class WebFixture implements AutoCloseable {

    static final String PASSWORD = "Correct-Horse-42";
    static final Instant DAY = Instant.parse("2026-11-24T01:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Currency CNY = Currency.getInstance("CNY");

    final Database db;
    final TestClock clock = new TestClock(DAY.plusSeconds(12 * 3600));
    final ApiServer server;
    final Department sales;
    final Department export;
    final Department support;
    final List<RatedCall> calls = new ArrayList<>();
    final LiveFeed live = new LiveFeed();

    WebFixture(Path dataDir) {
        this(dataDir, new WebSettings(1_000, 1_000, null));
    }

    WebFixture(Path dataDir, WebSettings settings) {
        db = Database.open("jdbc:h2:file:" + dataDir.resolve("db/bluewhale"), "sa", "");
        sales = db.orgRepository().addDepartment("Sales", null);
        export = db.orgRepository().addDepartment("Export", sales.id());
        support = db.orgRepository().addDepartment("Support", null);
        AppUser alice = db.orgRepository().addUser("Alice", export.id());
        AppUser bob = db.orgRepository().addUser("Bob", sales.id());
        AppUser carol = db.orgRepository().addUser("Carol", support.id());
        db.orgRepository().assignExtension("2001", alice.id(), Instant.EPOCH);
        db.orgRepository().assignExtension("2002", bob.id(), Instant.EPOCH);
        db.orgRepository().assignExtension("3001", carol.id(), Instant.EPOCH);
        PasswordHasher hasher = new PasswordHasher(1_000);
        for (Map.Entry<String, String> op : Map.of("admin", "administrator", "billing", "billing-manager",
                "auditor", "auditor").entrySet()) {
            db.operatorRepository().create(op.getKey(), hasher.hash(PASSWORD), op.getValue());
        }
        db.operatorRepository().create("sales-mgr", hasher.hash(PASSWORD), "department-manager", sales.id());
        db.operatorRepository().create("support-mgr", hasher.hash(PASSWORD), "department-manager", support.id());

        db.cdrStore().registerPbx(new PbxDescriptor("hq", "hq", "avaya-unformatted", SHANGHAI));
        String[] callers = {"2001", "2002", "3001", "2001", "3001", "2002"};
        for (int i = 0; i < callers.length; i++) {
            calls.add(call(i + 1, callers[i], DAY.plusSeconds(600L * i), i % 2 == 0 ? CallClass.LOCAL : CallClass.MOBILE));
        }
        db.cdrStore().write(new StoreBatch(calls, List.of(), calls.size()));
        Map<String, Object> health = Map.of("status", "UP", "journal", Map.of("lag", 0),
                "database", Map.of("dialect", "h2", "writing", "ok"),
                "connectors", Map.of("hq", Map.of("state", "LISTENING", "records", calls.size())));
        server = new ApiServer(() -> health, () -> "bluewhale_up 1\n", db, hasher, clock, settings, live, new BackupResource(db, Map::of))
                .withReplay((from, to, pbx) -> 0) // a journal with nothing to replay: the route and its roles are what is tested here
                .withRemoteUnits(java.util.List::of)
                .start("127.0.0.1", 0);
    }

    static WebFixture withHttps(Path dataDir, HttpsSettings https) {
        return new WebFixture(dataDir, new WebSettings(1_000, 1_000, https));
    }

    static RatedCall call(long sequence, String calling, Instant start, CallClass callClass) {
        int duration = 61 + (int) sequence;
        CallLeg leg = new CallLeg("hq", sequence, sequence, start, SHANGHAI, duration, 3, calling, "862161234567",
                Direction.OUTGOING, "", "", "", "", "T1", "", "", "", "", "", "");
        return new RatedCall(leg, callClass, 120, new Money(30 * sequence, CNY), "CN-" + callClass.name());
    }

    Http http() {
        return new Http("http://127.0.0.1:" + server.port());
    }

    /** Calling numbers of the calls {@code login} gets from the CDR list. */
    List<String> callersSeenBy(String login) {
        return http().basic(login, PASSWORD).get("/api/v1/cdrs").json().get("items").findValuesAsText("callingNumber");
    }

    @Override
    public void close() {
        server.close();
        live.close();
        db.close();
    }
}
