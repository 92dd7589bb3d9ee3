package fr.creneau.gateway.instances;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

class OnlyInstanceTest {

    private final OnlyInstance filter = new OnlyInstance(new ServiceAddresses(Map.of(
            "booking", List.of(URI.create("http://10.0.0.5:8082")),
            "planning", List.of(URI.create("http://10.0.0.6:8081"), URI.create("http://10.0.0.7:8081")))));

    @Test
    void aServiceWithOneInstanceIsCalledThereWithThePathAndQueryAsSent() {
        URI routed = route("/api/booking/communes/ville%20neuve/availability?from=2026-12-07", "lb://booking");

        assertThat(routed).isEqualTo(URI.create("http://10.0.0.5:8082/api/booking/communes/ville%20neuve/availability"
                + "?from=2026-12-07"));
    }

    @Test
    void aServiceWithSeveralInstancesIsLeftToTheLoadBalancer() {
        assertThat(route("/api/planning/communes", "lb://planning")).hasScheme("lb").hasHost("planning");
    }

    private URI route(String path, String service) {
        ServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.GET, URI.create("http://gateway:8080" + path)));
        URI request = exchange.getRequest().getURI();
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, URI.create(service + request.getRawPath()
                + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery())));
        filter.filter(exchange, next -> Mono.empty()).block();
        return exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
    }
}
