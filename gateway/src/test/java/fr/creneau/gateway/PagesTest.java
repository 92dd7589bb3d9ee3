package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

// metrics export is switched off in tests unless asked for, and the Prometheus endpoint is part of the contract
@AutoConfigureObservability
// the first call to a cold context (springdoc's document, the first login) can pass 5 s on a loaded machine
@AutoConfigureWebTestClient(timeout = "30s")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesTest {

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        GatewayIntegrationTest.database(registry);
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
    void metricsAreOnTheManagementPortOnTheLoopbackOnlyAndThePublicPortTellsReadiness() throws Exception {
        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).value(not(containsString("jvm_memory_used_bytes")));
        web.get().uri("/readyz").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(containsString("jvm_memory_used_bytes"));

        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, managementPort), 2000))
                        .as("the management port on " + address).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void onlyTheCitizenPagesMayBeFramedAndEveryPageHasAContentSecurityPolicy() {
        for (String path : new String[] {"/c/villeneuve", "/gerer/a-manage-token"}) {
            web.get().uri(path).exchange()
                    .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors *"))
                    .expectHeader().doesNotExist("X-Frame-Options");
        }
        for (String path : new String[] {"/", "/dev/inbox", "/agent/connexion", "/api/auth/methods"}) {
            web.get().uri(path).exchange()
                    .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"))
                    .expectHeader().valueEquals("X-Frame-Options", "DENY");
        }
    }

    @Test
    void theGatewaysOwnEndpointsHaveAnOpenApiDocument() {
        web.get().uri("/api-docs/gateway").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/auth/login'].post").exists()
                .jsonPath("$.paths['/api/auth/logout'].post").exists()
                .jsonPath("$.paths['/api/auth/methods'].get").exists()
                .jsonPath("$.paths['/api/me'].get").exists()
                .jsonPath("$.paths['/api/accounts/communes/{communeId}/accounts'].post").exists()
                .jsonPath("$.paths['/api/accounts/communes/{communeId}/accounts/{accountId}'].put").exists()
                .jsonPath("$.paths['/fallback/{service}']").doesNotExist();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }
}
