package fr.creneau.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    private static MockServerWebExchange from(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/x")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        for (String header : forwardedFor) {
            request.header("X-Forwarded-For", header);
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    void withoutTrustedProxiesAClientCannotChooseItsAddressThroughXForwardedFor() {
        assertThat(new ClientAddress(List.of()).of(from("198.51.100.7", "203.0.113.9, 192.0.2.1")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void aClientConnectingDirectlyIsCountedUnderItsOwnAddressEvenWhenProxiesAreTrusted() {
        assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(from("198.51.100.7", "10.1.2.3")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTheClient() {
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(from("10.0.0.5", "192.0.2.1")))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void addressesTheClientWroteItselfInFrontAreIgnored() {
        // the client sent "X-Forwarded-For: 203.0.113.250" to pass for someone else; our proxy appended its address
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(from("10.0.0.5", "203.0.113.250, 192.0.2.1")))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void behindTwoTrustedProxiesTheRightMostUntrustedEntryIsTheClient() {
        assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(from("10.0.0.5", "203.0.113.250, 192.0.2.1, 10.9.8.7")))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void severalHeadersAreReadAsOneListInTheirOrder() {
        assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(from("10.0.0.5", "203.0.113.250", "192.0.2.1, 10.9.8.7")))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(from("10.0.0.5"))).isEqualTo("10.0.0.5");
    }

    @Test
    void aPortAfterTheAddressIsDropped() {
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(from("10.0.0.5", "192.0.2.1:51234")))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void ipv6ProxiesAndClientsAreUnderstood() {
        assertThat(new ClientAddress(List.of("::1", "fd00::/8")).of(from("::1", "2001:db8::7, fd00::2")))
                .isEqualTo("2001:db8::7");
    }

    @Test
    void aNameInTheHeaderIsNeverTakenForATrustedProxy() {
        assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(from("10.0.0.5", "10.0.0.1.example.org")))
                .isEqualTo("10.0.0.1.example.org");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("1"))).hasMessageContaining("GATEWAY_TRUSTED_PROXIES");
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.org")))
                .hasMessageContaining("GATEWAY_TRUSTED_PROXIES");
    }
}
