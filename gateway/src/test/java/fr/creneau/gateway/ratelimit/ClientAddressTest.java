package fr.creneau.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x")
            .remoteAddress(new InetSocketAddress("198.51.100.7", 40000))
            .header("X-Forwarded-For", "203.0.113.9, 192.0.2.1"));

    @Test
    void withoutTrustedProxiesAClientCannotChooseItsAddressThroughXForwardedFor() {
        assertThat(new ClientAddress(0).of(exchange)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindOneTrustedProxyTheLastForwardedAddressIsTheClient() {
        assertThat(new ClientAddress(1).of(exchange)).isEqualTo("192.0.2.1");
    }

    @Test
    void behindTwoTrustedProxiesTheAddressBeforeThemIsTheClient() {
        assertThat(new ClientAddress(2).of(exchange)).isEqualTo("203.0.113.9");
    }
}
