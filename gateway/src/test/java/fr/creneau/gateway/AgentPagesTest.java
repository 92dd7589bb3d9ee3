package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;

class AgentPagesTest extends GatewayIntegrationTest {

    @Test
    void theLoginPageIsOpenToEveryone() {
        web.get().uri("/agent/connexion").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).value(containsString("Connexion"));
    }

    @Test
    void aPageWithoutASessionSendsTheBrowserToTheLoginPageAndBack() {
        web.get().uri("/agent/page-de-test?jour=2026-12-01&vue=semaine").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/agent/connexion?retour=%2Fagent%2Fpage-de-test%3Fjour%3D2026-12-01%26vue%3Dsemaine");

        web.get().uri("/agent/").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/agent/connexion?retour=%2Fagent%2F");
    }

    @Test
    void anApiCallWithoutASessionIsNeverRedirected() {
        web.get().uri("/api/planning/communes/villeneuve/places").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Location");
    }

    @Test
    void aSignedInAgentGetsEachPageByItsCleanAddress() {
        AgentSession admin = admin();

        admin.get("/agent/page-de-test").expectStatus().isOk()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(String.class).value(containsString("page de test"));
        admin.get("/agent/admin/page-de-test").expectStatus().isOk()
                .expectBody(String.class).value(containsString("admin de test"));
        admin.get("/agent/admin/").expectStatus().isOk();
        admin.get("/agent/pas-une-page").expectStatus().isNotFound();
    }

    @Test
    void theCitizenPagesMayStillBeFramedByACommunesSite() {
        web.get().uri("/c/villeneuve").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-Frame-Options");
    }
}
