package fr.creneau.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The dev inbox shows every commune's codes and links to anyone: it exists only where it was asked for. */
class DevInboxTest {

    private static final String[] PAGES = {"/dev/inbox", "/dev/inbox.html", "/js/dev-inbox.js"};
    private static final String API = "/api/notifications/dev-inbox";

    @BeforeEach
    void notificationServiceWouldAnswer() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*")).willReturn(okJson(
                "[{\"channel\":\"SMS\",\"to\":\"+33611223344\",\"body\":\"Votre code : 123456\"}]")));
    }

    @Nested
    class AsShipped extends GatewayIntegrationTest {

        @Test
        void neitherItsPageNorItsApiIsServedToAnyone() {
            for (String page : PAGES) {
                web.get().uri(page).exchange().expectStatus().isNotFound();
            }
            for (String path : new String[] {API + "?limit=1000", API + "/", API + ";x=1"}) {
                web.get().uri(path).exchange()
                        .expectStatus().isNotFound()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.title").isEqualTo("Introuvable")
                        .jsonPath("$.detail").value(containsString("pas activée"));
            }
            admin().get(API + "?limit=1000").expectStatus().isNotFound();

            Downstream.SERVICES.verify(0, anyRequestedFor(urlPathMatching("/api/notifications/dev-inbox.*")));
        }

        @Test
        void theHomePageDoesNotLinkToIt() {
            web.get().uri("/").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(not(containsString("/dev/inbox")));
        }
    }

    @Nested
    @TestPropertySource(properties = "creneau.dev-inbox.enabled=true")
    class AskedFor extends GatewayIntegrationTest {

        @Test
        void itsPageLoadsItsScriptWhichReadsTheNotificationInbox() {
            web.get().uri("/dev/inbox").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class)
                    .value(containsString("Boîte de réception de développement"))
                    .value(containsString("/js/dev-inbox.js"));

            web.get().uri("/js/dev-inbox.js").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(containsString(API));
        }

        @Test
        void itsApiReachesNotificationServiceWithoutASession() {
            web.get().uri(API + "?limit=5").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$[0].body").isEqualTo("Votre code : 123456");

            Downstream.SERVICES.verify(getRequestedFor(urlPathEqualTo(API)));
        }
    }
}
