package fr.creneau.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A citizen's or an agent's HTTP client to the gateway: JSON in, JSON out, cookies kept, the CSRF token echoed on
 * writes. It waits up to a minute for an answer, far longer than any answer may take, so that a hang is measured
 * rather than cut short.
 */
final class Http {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Http signedIn(String username, String password) {
        Http agent = new Http(baseUrl);
        agent.post("/api/auth/login", Map.of("username", username, "password", password)).expect(200);
        return agent;
    }

    /** Signed in as a new account of the commune with these roles, created by {@code administrator}. */
    Http newAccount(Http administrator, String communeId, String... roles) {
        String username = communeId + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "mot-de-passe-" + UUID.randomUUID();
        administrator.post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", "Agent " + username, "password", password, "roles", List.of(roles))).expect(201);
        return signedIn(username, password);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply post(String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any answer, or status 0 when none came (no connection, or nothing within {@link #PATIENCE}). */
    private Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.header("Accept", "application/json")
                    .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (HttpTimeoutException e) {
            return new Reply(0, "", "no answer within " + PATIENCE.toSeconds() + " s",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Reply(0, "", e.toString(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body, Duration took) {

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + ", got " + this);
            }
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String text(String field) {
            return json().get(field).asText();
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + took.toMillis() + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
