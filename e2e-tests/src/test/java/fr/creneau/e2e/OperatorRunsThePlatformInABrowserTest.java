package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform operator's back office, in headless Chromium over the whole stack: the list of communes with their
 * plannings, SMS and appointments, a commune created with its first administrator from the page, and a commune
 * suspended (its citizen page says so and takes no booking, its agents still read, its appointment stays) then
 * resumed; the manage page of its citizen offers no move while suspended, and does again once resumed; axe-core on
 * each state.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class OperatorRunsThePlatformInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String AGENT = "dominique.operee";
    private static final String PASSWORD = "un-mot-de-passe-solide";

    private static WholeStack whole;
    private static CommuneSetup commune;
    private static String typeId;
    private static String counterId;
    private static String appointmentId;

    @BeforeAll
    static void openACommuneWithOneAppointment(WholeStack stack) {
        whole = stack;
        commune = CommuneSetup.create(whole, "val-de-l-operateur", "Val-de-l'Opérateur");
        String place = commune.place("Mairie", "1 place de la Mairie");
        typeId = commune.appointmentType(Map.of("label", "Passeport", "durationMinutes", 20));
        counterId = commune.counter(place, "Guichet 1", typeId);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(counterId, commune.weekdaysReferenceWeek(), tomorrow, tomorrow.plusWeeks(3), 2);
        commune.account(AGENT, "Dominique Opérée", PASSWORD, List.of("COMMUNE_ADMIN", "AGENT"), null);
        commune.awaitBookable(List.of(typeId), List.of(typeId), tomorrow);
        JsonNode slot = firstSlot();
        Gateway.Reply booked = whole.gateway().signedIn(AGENT, PASSWORD).post("/api/booking/agent/communes/"
                + commune.communeId + "/appointments", Map.of("channel", "PHONE", "appointment", Map.of(
                "appointmentTypeId", typeId, "counterId", counterId, "start", slot.get("start").asText(), "persons", 1,
                "citizen", Map.of("fullName", "Rémi Garnier", "email", "remi.garnier@example.fr"))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        appointmentId = booked.text("appointmentId");
    }

    private static JsonNode firstSlot() {
        LocalDate from = LocalDate.now(PARIS).plusDays(2);
        return whole.gateway().get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s&limit=1"
                .formatted(commune.communeId, typeId, from, from.plusDays(14))).json().get("slots").get(0);
    }

    private static Gateway.Reply citizenReserves(JsonNode slot) {
        return whole.gateway().post("/api/booking/communes/" + commune.communeId + "/reservations", Map.of(
                "appointmentTypeId", typeId, "counterId", counterId, "start", slot.get("start").asText(),
                "persons", 1, "citizen", Map.of("fullName", "Léa Simon", "email", "lea.simon@example.fr")));
    }

    @Test
    void theOperatorListsCreatesSuspendsAndResumesCommunes() {
        String manageLink = Messages.link(new Messages(whole, "+33600000000", "remi.garnier@example.fr")
                .awaitMail("the confirmation", text -> text.contains("/gerer/")), "/gerer/");
        String slug = "nouvelle-" + UUID.randomUUID().toString().substring(0, 6);
        Browser.walk("operator", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/operateur");
            browser.visible("#login-form");
            browser.type("#username", Gateway.PLATFORM_ADMIN);
            browser.type("#password", Gateway.PLATFORM_ADMIN_PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/operateur");
            browser.waitForText("#communes-table", "Val-de-l'Opérateur");
            String row = browser.visible("#suspend-" + commune.communeId).findElement(
                    org.openqa.selenium.By.xpath("ancestor::tr")).getText();
            assertThat(row).contains("1 (sans quota)", "active").doesNotContain("indisponible");
            browser.checkAndKeep("operator-1-communes");

            browser.click("#commune-new");
            browser.type("#commune-slug", slug);
            browser.type("#commune-name", "Nouvelle-Commune");
            browser.type("#commune-plannings", "5");
            browser.type("#admin-username", slug + "-admin");
            browser.type("#admin-display-name", "Première Administratrice");
            browser.type("#admin-password", "court");
            browser.click("#commune-save");
            browser.visible("#commune-form-error-summary");
            browser.checkAndKeep("operator-2-administrator-refused");
            browser.type("#admin-password", PASSWORD);
            browser.click("#commune-save");
            browser.waitForText("#page-message", "sont créés");
            browser.waitForText("#communes-table", "Nouvelle-Commune");
            browser.checkAndKeep("operator-3-commune-created");

            browser.click("#suspend-" + commune.communeId);
            Alert prompt = browser.driver.switchTo().alert();
            prompt.sendKeys("Abonnement non renouvelé");
            prompt.accept();
            browser.waitForText("#page-message", "est suspendue");
            browser.visible("#resume-" + commune.communeId);
            browser.checkAndKeep("operator-4-suspended");
        });
        assertThat(whole.gateway().signedIn(slug + "-admin", PASSWORD).get("/api/planning/communes/" + slug)
                .json().path("subscription").path("plannings").asInt()).isEqualTo(5);

        Browser.walk("citizen-of-a-suspended-commune", Browser.PHONE, browser -> {
            browser.go(whole.url() + "/c/" + commune.communeId);
            browser.waitForText("#suspended", "suspendue");
            browser.checkAndKeep("operator-5-citizen-page-suspended");
        });
        Gateway.Reply refused = Eventually.poll("booking-service learns the suspension", java.time.Duration.ofSeconds(60),
                () -> citizenReserves(firstSlot()), reply -> reply.status() == 409);
        Browser.walk("citizen-manages-in-a-suspended-commune", Browser.PHONE, browser -> {
            browser.go(manageLink);
            browser.waitForStep("manage");
            browser.waitForText("#manage-suspended", "ne peut pas être déplacé");
            assertThat(browser.driver.findElement(By.id("manage-reschedule")).isDisplayed()).isFalse();
            assertThat(browser.visible("#manage-cancel").isEnabled()).isTrue();
            browser.checkAndKeep("operator-6-citizen-manage-page-suspended");
        });
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).contains("ne prend pas de rendez-vous");
        Gateway agent = whole.gateway().signedIn(AGENT, PASSWORD);
        assertThat(agent.get("/api/planning/communes/" + commune.communeId + "/places").status()).isEqualTo(200);
        assertThat(agent.get("/api/booking/agent/appointments/" + appointmentId).json().path("appointment").path("status").asText())
                .isEqualTo("CONFIRMED");

        Browser.walk("operator-resumes", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion?retour=/agent/operateur");
            browser.type("#username", Gateway.PLATFORM_ADMIN);
            browser.type("#password", Gateway.PLATFORM_ADMIN_PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/operateur");
            browser.click("#resume-" + commune.communeId);
            browser.driver.switchTo().alert().accept();
            browser.waitForText("#page-message", "a repris");
            browser.visible("#suspend-" + commune.communeId);
        });
        Eventually.poll("booking-service learns the resumption", java.time.Duration.ofSeconds(60),
                () -> citizenReserves(firstSlot()), reply -> reply.status() == 201);
        Browser.walk("citizen-manages-in-a-resumed-commune", Browser.PHONE, browser -> {
            browser.go(manageLink);
            browser.waitForStep("manage");
            browser.visible("#manage-reschedule");
            assertThat(browser.driver.findElement(By.id("manage-suspended")).isDisplayed()).isFalse();
        });
    }
}
