package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway's HTTP API as one client sees it, from a loopback address of its own (127.x.y.z), as each citizen has
 * an address of their own: JSON in, status and JSON out, cookies kept like a browser; once an agent has signed in,
 * each write carries the CSRF token in X-XSRF-TOKEN.
 */
final class Api implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Timeout TIMEOUT = Timeout.ofSeconds(30);

    private final BasicCookieStore cookies = new BasicCookieStore();
    private final CloseableHttpClient client;
    private final String baseUrl;
    private final InetAddress localAddress;

    Api(String baseUrl, InetAddress localAddress) {
        this.baseUrl = baseUrl.replace("//localhost:", "//127.0.0.1:");
        this.localAddress = localAddress;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(4).setMaxConnPerRoute(4)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(TIMEOUT).build())
                        .build())
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return localAddress;
                    }
                })
                .setDefaultCookieStore(cookies)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
                .disableAutomaticRetries()
                .build();
    }

    /** The n-th client's own address: 127.1.0.1, 127.1.0.2... (all of 127.0.0.0/8 is the loopback on Linux). */
    static InetAddress loopback(int n) {
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) (1 + n / (254 * 256)), (byte) (n / 254 % 256),
                    (byte) (1 + n % 254)});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A new client, from the same address, signed in as this agent. */
    Api signedIn(String username, String password) {
        Api agent = new Api(baseUrl, localAddress);
        agent.post("/api/auth/login", Map.of("username", username, "password", password)).expect(200);
        return agent;
    }

    /** The platform administrator the gateway creates at its first start. */
    Api platformAdministrator() {
        return signedIn("admin", "creneau-admin");
    }

    /** Signed in as a new account of the commune, created by {@code administrator} through the accounts API. */
    Api newAccount(Api administrator, String communeId, String... roles) {
        String username = communeId + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "mot-de-passe-" + UUID.randomUUID();
        administrator.post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", "Banc d'essai", "password", password, "roles", List.of(roles))).expect(201);
        return signedIn(username, password);
    }

    Reply get(String path) {
        return send(new HttpGet(baseUrl + path));
    }

    /** A GET with these headers too (the ANTS' token). */
    Reply get(String path, Map<String, String> headers) {
        HttpGet request = new HttpGet(baseUrl + path);
        headers.forEach(request::setHeader);
        return send(request);
    }

    Reply put(String path, Object body) {
        return write(new HttpPut(baseUrl + path), body);
    }

    Reply post(String path, Object body) {
        return write(new HttpPost(baseUrl + path), body);
    }

    /** A PUT of {@code text} as CSV (a part of a file to import). */
    Reply putCsv(String path, String text) {
        return write(new HttpPut(baseUrl + path), new StringEntity(text, ContentType.create("text/csv",
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Reply write(HttpUriRequestBase request, Object body) {
        try {
            return write(request, new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply write(HttpUriRequestBase request, StringEntity entity) {
        request.setEntity(entity);
        cookies.getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .findFirst().ifPresent(token -> request.setHeader("X-XSRF-TOKEN", token.getValue()));
        return send(request);
    }

    private Reply send(HttpUriRequestBase request) {
        try {
            return client.execute(request, response -> new Reply(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
        } catch (IOException e) {
            return new Reply(599, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Reply(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
