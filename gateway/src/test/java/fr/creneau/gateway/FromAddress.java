package fr.creneau.gateway;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A client whose connections leave from a loopback address of its own (Linux routes all of 127.0.0.0/8 to lo), so
 * that the gateway sees it as a distinct citizen without trusting any header.
 */
final class FromAddress {

    private FromAddress() {
    }

    /** The n-th address, 127.1.x.y, never 127.0.0.1. */
    static String loopback(int n) {
        return "127.1.%d.%d".formatted(n / 250, n % 250 + 1);
    }

    static WebTestClient client(String address, int gatewayPort) {
        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + gatewayPort)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
