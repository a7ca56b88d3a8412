package io.homeshore.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for API tests: real requests to the running server, HTTP Basic as a client would send. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String user;
    private final String password;

    public Api(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, "application/json");
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public HttpResponse<String> send(String method, String path, String body, String contentType) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/csv, text/plain;q=0.9, text/html;q=0.8")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) b.header("Content-Type", contentType);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
