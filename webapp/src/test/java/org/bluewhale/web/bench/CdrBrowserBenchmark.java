package org.bluewhale.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.Database;
import org.bluewhale.web.ApiServer;
import org.bluewhale.web.BackupResource;
import org.bluewhale.web.WebSettings;
import org.bluewhale.web.auth.PasswordHasher;
import org.bluewhale.web.live.LiveFeed;

/**
 * Latency of the CDR browser API ({@code GET /api/v1/cdrs}, 25 a page with the total) over a real
 * socket, on an embedded H2 database of N calls: 400 extensions in 10 departments, calls a few
 * seconds apart. Measures an administrator's and a department manager's queries over a day, a
 * week and everything, at random offsets, and prints the median and p99 of each. Then the
 * dashboard ({@code GET /api/v1/dashboard}, today and this month in Shanghai) on a server whose
 * clock stands at 23:00 on the last day of the last whole month of calls (the most past days to
 * read; at the last call when there is less than a month): its first request, which rolls up the
 * month's past days, and the median and p99 after it, for both operators.
 *
 * <pre>java -cp ... org.bluewhale.web.bench.CdrBrowserBenchmark CALLS DIR</pre>
 */
public final class CdrBrowserBenchmark {

    private static final String PASSWORD = "Bench-Password-1";
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final int REQUESTS = 200;

    public static void main(String[] args) throws Exception {
        int calls = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory(Path.of(args[1]), "browse");
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("bluewhale"), "sa", "");
             LiveFeed live = new LiveFeed()) {
            List<Integer> departments = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                departments.add(db.orgRepository().addDepartment("D" + d, null).id());
            }
            for (int e = 0; e < 400; e++) {
                int user = db.orgRepository().addUser("U" + e, departments.get(e / 40)).id();
                db.orgRepository().assignExtension(Integer.toString(2000 + e), user, Instant.EPOCH);
            }
            PasswordHasher hasher = new PasswordHasher(1_000);
            db.operatorRepository().create("admin", hasher.hash(PASSWORD), "administrator");
            db.operatorRepository().create("mgr", hasher.hash(PASSWORD), "department-manager", departments.get(3));
            long last = write(db, calls);
            System.out.printf("%,d calls written%n", calls);
            try (ApiServer server = new ApiServer(() -> Map.of("status", "UP"), () -> "", db, hasher,
                    Clock.systemUTC(), new WebSettings(1_000_000, 1_000_000, null), live,
                    new BackupResource(db, Map::of)).start("127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/api/v1/cdrs?limit=25";
                Instant end = Instant.ofEpochMilli(last);
                for (String login : List.of("admin", "mgr")) {
                    for (Map.Entry<String, Instant> period : Map.of("day", end.minusSeconds(86_400),
                            "week", end.minusSeconds(7 * 86_400L), "all", FIRST).entrySet()) {
                        String url = base + "&from=" + period.getValue() + "&to=" + end.plusSeconds(1);
                        SplittableRandom random = new SplittableRandom(11);
                        measure(http, login, () -> url + "&offset=" + 25 * random.nextInt(40), login + " " + period.getKey());
                    }
                }
            }
            try (ApiServer server = new ApiServer(() -> Map.of("status", "UP"), () -> "", db, hasher,
                    Clock.fixed(dashboardNow(last), ZoneOffset.UTC), new WebSettings(1_000_000, 1_000_000, null),
                    live, new BackupResource(db, Map::of)).start("127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                String dashboard = "http://127.0.0.1:" + server.port() + "/api/v1/dashboard?zone=Asia/Shanghai";
                long t0 = System.nanoTime();
                send(http, "admin", dashboard);
                System.out.printf("dashboard, first request (rolls up the month's past days): %,.0f ms%n",
                        (System.nanoTime() - t0) / 1e6);
                for (String login : List.of("admin", "mgr")) {
                    measure(http, login, () -> dashboard, login + " dashboard");
                }
            }
        }
    }

    /** 23:00 in Shanghai on the last day of the month before the last call's, or the last call. */
    private static Instant dashboardNow(long lastCall) {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant lastOfMonth = Instant.ofEpochMilli(lastCall).atZone(shanghai).toLocalDate().withDayOfMonth(1).minusDays(1)
                .atTime(23, 0).atZone(shanghai).toInstant();
        return lastOfMonth.isAfter(FIRST.plusSeconds(40 * 86_400L)) ? lastOfMonth : Instant.ofEpochMilli(lastCall);
    }

    private static long write(Database db, int count) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Currency cny = Currency.getInstance("CNY");
        db.cdrStore().registerPbx(new PbxDescriptor("hq", "hq", "avaya-unformatted", zone));
        SplittableRandom random = new SplittableRandom(7);
        CallClass[] classes = {CallClass.LOCAL, CallClass.NATIONAL, CallClass.MOBILE, CallClass.INTERNATIONAL};
        long start = FIRST.toEpochMilli();
        List<RatedCall> batch = new ArrayList<>(10_000);
        for (int i = 1; i <= count; i++) {
            start += random.nextInt(5_000);
            int duration = random.nextInt(600);
            CallLeg leg = new CallLeg("hq", i, i, Instant.ofEpochMilli(start), zone, duration, 5,
                    Integer.toString(2000 + random.nextInt(400)), "0" + (2_000_000_000L + random.nextInt(1_000_000_000)),
                    Direction.OUTGOING, "", "", "", "", "T1", "", "", "", "", "", "");
            batch.add(new RatedCall(leg, classes[random.nextInt(classes.length)], duration, new Money(duration, cny), "CN"));
            if (batch.size() == 10_000 || i == count) {
                db.cdrStore().write(new StoreBatch(batch, List.of(), i));
                batch.clear();
            }
        }
        return start;
    }

    private static void measure(HttpClient http, String login, Supplier<String> urls, String what) throws Exception {
        long[] nanos = new long[REQUESTS];
        for (int i = -20; i < REQUESTS; i++) { // 20 warm-up requests
            String url = urls.get();
            long t0 = System.nanoTime();
            send(http, login, url);
            long took = System.nanoTime() - t0;
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-10s median %7.1f ms   p99 %7.1f ms%n", what, nanos[REQUESTS / 2] / 1e6,
                nanos[REQUESTS * 99 / 100] / 1e6);
    }

    private static void send(HttpClient http, String login, String url) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
