package fr.creneau.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.creneau.testsupport.twilio.TwilioMessagesApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's Messages API on the JDK's own HTTP server, a few threads: it costs the benchmark's JVM little CPU, which
 * it shares with the stack it measures. It checks the account's Basic credentials, as Twilio does, and keeps the code
 * of each SMS (read from its Body) by recipient with the moment it arrived, which is the moment the code was handed
 * to the SMS sender.
 */
final class FakeTwilio implements AutoCloseable {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "benchmark-auth-token";
    static final String FROM = "+33700000000";

    private static final String MESSAGES = TwilioMessagesApi.path(ACCOUNT_SID);
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder()
            .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{8,15}");
    private static final int THREADS = 4;

    /** A code as it reached the fake Twilio. */
    record Sms(String code, Instant receivedAt) {
    }

    private final Map<String, Sms> latestByRecipient = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "fake-twilio");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer server;

    FakeTwilio start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        return this;
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The last SMS sent to this mobile (in international form), if one came. */
    Sms latest(String mobile) {
        return latestByRecipient.get(mobile);
    }

    /** Waits for an SMS to this mobile; null after the timeout. */
    Sms await(String mobile, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Sms sms = latest(mobile);
        while (sms == null && System.nanoTime() < deadline) {
            Thread.sleep(2);
            sms = latest(mobile);
        }
        return sms;
    }

    int received() {
        return latestByRecipient.size();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant now = Instant.now();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!MESSAGES.equals(exchange.getRequestURI().getPath()) || !"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 404, error(20404, "The requested resource was not found", 404));
            } else if (!CREDENTIALS.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, error(20003, "Authenticate", 401));
            } else {
                Map<String, String> form = TwilioMessagesApi.form(body);
                String to = form.getOrDefault("To", "");
                if (!PHONE.matcher(to).matches()) {
                    answer(exchange, 400, error(21211, "Invalid 'To' Phone Number", 400));
                    return;
                }
                Matcher code = CODE.matcher(form.getOrDefault("Body", ""));
                if (code.find()) {
                    latestByRecipient.put(to, new Sms(code.group(1), now));
                }
                answer(exchange, 201, TwilioMessagesApi.queuedJson(ACCOUNT_SID, messageSid(), FROM, to));
            }
        }
    }

    private static String messageSid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "SM" + HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    private static String error(int code, String message, int status) {
        return """
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
                """.formatted(code, message, code, status);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
