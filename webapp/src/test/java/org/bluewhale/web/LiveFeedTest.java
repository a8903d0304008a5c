package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.RatedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live flow over real Server-Sent Events: scoped per department, sampled, resumable by Last-Event-ID. */
class LiveFeedTest {

    @TempDir
    Path data;

    /** One SSE connection whose lines arrive in a queue. */
    private static final class Stream1 implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Stream<String> body;

        Stream1(WebFixture web, String login, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.server.port()
                    + "/api/v1/live")).header("Accept", "text/event-stream").header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (login + ":" + WebFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            body = response.body();
            Thread reader = new Thread(() -> {
                try {
                    body.forEach(lines::add);
                } catch (UncheckedIOException closedByTheTest) {
                    // the stream ends when the test closes it
                }
            }, "sse-reader-" + login);
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for a {@code stats} event: the feed sends one every tick to each subscriber. */
        void awaitStats() throws InterruptedException {
            String line;
            while ((line = lines.poll(10, TimeUnit.SECONDS)) != null) {
                if (line.equals("event: stats")) {
                    return;
                }
            }
            throw new AssertionError("no stats event within 10 s: not subscribed");
        }

        /** The calling numbers of the next {@code calls} event, and its id. */
        List<String> nextCalls(String[] id) throws InterruptedException {
            String event = null;
            String eventId = null;
            String data = null;
            String line;
            while ((line = lines.poll(10, TimeUnit.SECONDS)) != null) {
                if (line.isEmpty()) {
                    if ("calls".equals(event)) {
                        id[0] = eventId;
                        List<String> callers = new ArrayList<>();
                        read(data).forEach(c -> callers.add(c.get("callingNumber").asText()));
                        return callers;
                    }
                    event = null;
                    eventId = null;
                    data = null;
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    eventId = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            throw new AssertionError("no calls event within 10 s");
        }

        @Override
        public void close() {
            body.close();
        }
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void storedCallsReachEachOperatorWithinTheirScopeAndResumeAfterReconnecting() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            try (Stream1 admin = new Stream1(web, "admin", null); Stream1 sales = new Stream1(web, "sales-mgr", null)) {
                web.live.accept(List.of(call(101, "2001"), call(102, "3001"), call(103, "2002")));
                String[] id = new String[1];
                assertEquals(List.of("2001", "3001", "2002"), admin.nextCalls(id));
                assertEquals(List.of("2001", "2002"), sales.nextCalls(id), "Support's call is not Sales'");
                assertEquals("3", id[0]);
            }
            web.live.accept(List.of(call(104, "2001"), call(105, "2002")));
            try (Stream1 resumed = new Stream1(web, "sales-mgr", "3")) {
                assertEquals(List.of("2001", "2002"), resumed.nextCalls(new String[1]), "only what came after event 3");
            }
            try (Stream1 afterRestart = new Stream1(web, "admin", "999999")) {
                afterRestart.awaitStats();
                web.live.accept(List.of(call(106, "3001")));
                assertEquals(List.of("3001"), afterRestart.nextCalls(new String[1]),
                        "an id from before a server restart does not silence the flow");
            }
        }
    }

    @Test
    void aFloodIsSampledToTheNewestCallsOfEachTick() throws Exception {
        try (WebFixture web = new WebFixture(data); Stream1 admin = new Stream1(web, "admin", null)) {
            List<RatedCall> flood = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                flood.add(call(1_000 + i, Integer.toString(10_000 + i)));
            }
            web.live.accept(flood);
            List<String> shown = admin.nextCalls(new String[1]);
            assertEquals(25, shown.size(), "a sample, not 3,000 rows");
            assertEquals("12999", shown.get(shown.size() - 1), "the newest call is last");
        }
    }

    private static RatedCall call(long sequence, String calling) {
        return WebFixture.call(sequence, calling, WebFixture.DAY.plusSeconds(sequence), CallClass.LOCAL);
    }
}
