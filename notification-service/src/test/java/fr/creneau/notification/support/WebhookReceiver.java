package fr.creneau.notification.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A commune's receiver, on the loopback interface in plain HTTP (the test allows it): it keeps every request it got
 * and answers the statuses it is told, one per request, then 200 once they are used up (or {@code always}).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String body, String signature, String deliveryId, String eventType) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile int always = 200;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(body, headers.getFirst("Creneau-Signature"), headers.getFirst("Creneau-Delivery"),
                    headers.getFirst("Creneau-Event")));
            Integer next = statuses.pollFirst();
            exchange.sendResponseHeaders(next != null ? next : always, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests get these statuses, in order. */
    public void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    public void always(int status) {
        always = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
