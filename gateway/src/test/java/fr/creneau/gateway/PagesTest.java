package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

// metrics export is switched off in tests unless asked for, and the Prometheus endpoint is part of the contract
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        GatewayTest.database(registry);
    }

    @Test
    void theHomePageLinksToTheApiDocuments() {
        web.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectBody(String.class)
                .value(containsString("<html lang=\"fr\">"))
                .value(containsString("href=\"/api-docs/booking\""));
    }

    @Test
    void everyAddressOfACommunesBookingPagesServesTheCitizenPage() {
        for (String path : new String[] {"/c/villeneuve", "/c/villeneuve/rdv/a-manage-token"}) {
            web.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/html")
                    .expectBody(String.class).value(containsString("/assets/citizen.js"));
        }
    }

    @Test
    void theManageLinksOfTheMessagesServeTheCitizenPage() {
        for (String path : new String[] {"/gerer/a-manage-token", "/gerer/a-manage-token/annulation",
                "/gerer/a-manage-token?creneau=2026-12-02T09%3A00%3A00Z&guichet=g1"}) {
            web.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/html")
                    .expectBody(String.class).value(containsString("/assets/citizen.js"));
        }
    }

    @Test
    void theEmbeddableWidgetIsServed() {
        web.get().uri("/widget.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(containsString("data-creneau-commune"));
    }

    @Test
    void healthIsUpAndPrometheusMetricsAreExposed() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(containsString("jvm_memory_used_bytes"));
    }
}
