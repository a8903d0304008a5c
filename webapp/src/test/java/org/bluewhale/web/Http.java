package org.bluewhale.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A test client over a real socket; headers are set per request, cookies by hand (never implicitly). */
final class Http {

    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpClient client;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Http(String base) {
        this(HttpClient.newHttpClient(), base);
    }

    Http(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    /** A client that sends {@code name: value} on every request. */
    Http with(String name, String value) {
        Http copy = new Http(client, base);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    Http basic(String login, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response send(String method, String path, String jsonBody) {
        return jsonBody == null ? send(method, path, null, null)
                : send(method, path, jsonBody.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** The answer as bytes, for files such as XLSX. */
    byte[] download(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        Map<String, String> received = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> received.put(k.toLowerCase(), String.join("; ", v)));
        return new Response(response.statusCode(), received, response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::header);
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new AssertionError(request.build().method() + " " + request.build().uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
