package fr.creneau.gateway;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

class ProConnectTest {

    @Nested
    class WhenNotConfigured extends GatewayIntegrationTest {

        @Autowired
        ApplicationContext context;

        @Test
        void nothingOfOpenIdConnectIsActive() {
            assertThat(context.getBeanNamesForType(ReactiveClientRegistrationRepository.class)).isEmpty();
            web.get().uri("/oauth2/authorization/proconnect").exchange().expectStatus().isNotFound();
            web.get().uri("/api/auth/methods").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.proconnect").isEqualTo(false);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.security.oauth2.client.registration.proconnect.client-id=creneau-test",
            "spring.security.oauth2.client.registration.proconnect.client-secret=secret",
            "spring.security.oauth2.client.registration.proconnect.scope=openid,email",
            "spring.security.oauth2.client.registration.proconnect.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.proconnect.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.proconnect.authorization-uri=https://proconnect.example/authorize",
            "spring.security.oauth2.client.provider.proconnect.token-uri=https://proconnect.example/token",
            "spring.security.oauth2.client.provider.proconnect.jwk-set-uri=https://proconnect.example/jwks",
            "spring.security.oauth2.client.provider.proconnect.user-name-attribute=sub"})
    class WhenConfigured {

        @Autowired
        WebTestClient web;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            GatewayIntegrationTest.database(registry);
        }

        @Test
        void theLoginPageCanSendAgentsToTheProvider() {
            web.get().uri("/api/auth/methods").exchange()
                    .expectBody()
                    .jsonPath("$.proconnect").isEqualTo(true)
                    .jsonPath("$.proconnectUrl").isEqualTo("/oauth2/authorization/proconnect");

            web.get().uri("/oauth2/authorization/proconnect").exchange()
                    .expectStatus().isFound()
                    .expectHeader().value("Location", allOf(startsWith("https://proconnect.example/authorize?"),
                            containsString("client_id=creneau-test"), containsString("scope=openid%20email")));
        }

        @Test
        void anApiCallStillGetsA401RatherThanTheProvider() {
            web.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
        }
    }
}
