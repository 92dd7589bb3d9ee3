package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's day in the back office, in headless Chromium over the whole stack: signing in, booking for a caller,
 * marking a no-show in the agenda, writing a type's own SMS text, subscribing to and revoking their calendar feed (and
 * the commune's administrator revoking it from the accounts page),
 * editing a reference week; axe-core on each main page, screenshots kept.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class AgentWorksInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String USERNAME = "camille.agent";
    private static final String PASSWORD = "un-mot-de-passe-solide";

    private static WholeStack whole;
    private static CommuneSetup commune;
    private static String typeId;
    private static String weekId;
    private static String agentId;

    @BeforeAll
    static void openACommuneWithOneAgent(WholeStack stack) {
        whole = stack;
        commune = CommuneSetup.create(whole, "val-des-agents", "Val-des-Agents");
        String place = commune.place("Mairie", "3 place de l'Hôtel de Ville");
        typeId = commune.appointmentType(Map.of("label", "Acte d'état civil", "durationMinutes", 15));
        weekId = commune.weekdaysReferenceWeek();
        String counter = commune.counter(place, "Guichet 1", typeId);
        agentId = commune.agent("Camille Agent", counter);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(counter, weekId, tomorrow, tomorrow.plusWeeks(3), 2);
        commune.account(USERNAME, "Camille Agent", PASSWORD, List.of("COMMUNE_ADMIN", "AGENT"), agentId);
        commune.awaitBookable(List.of(typeId), List.of(typeId), tomorrow);
    }

    @Test
    void anAgentSignsInBooksForACallerMarksANoShowAndEditsAReferenceWeek() {
        Browser.walk("agent", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/prise-rdv");
            browser.visible("#login-form");
            assertThat(browser.driver.getCurrentUrl()).contains("/agent/connexion");
            browser.type("#username", USERNAME);
            browser.type("#password", "pas-le-bon-mot-de-passe");
            browser.click("#login-submit");
            browser.visible("#login-message:not([hidden]), #password-error:not([hidden])");
            browser.checkAndKeep("1-login-refused");
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");

            browser.waitForUrl("/agent/prise-rdv");
            Select type = new Select(browser.visible("#booking-type"));
            browser.waitUntil("the types are listed", () -> type.getOptions().size() > 1);
            browser.checkAndKeep("2-booking-for-a-caller");
            type.selectByValue(typeId);
            browser.click("#booking-search");
            WebElement slot = browser.visible("#booking-slots button[aria-pressed]");
            slot.click();
            browser.type("#booking-name", "Marcel Appelant");
            browser.type("#booking-mobile", "06 12 34 00 09");
            browser.click("#booking-submit");
            browser.visible("#booking-done");
            browser.checkAndKeep("3-booked");

            browser.click("#booking-see-day");
            WebElement absent = browser.visible("button[data-action=absent]");
            browser.checkAndKeep("4-agenda");
            absent.click();
            browser.waitForText("#agenda-message", "Absence enregistrée");
            browser.waitForText("#agenda-results", "Absent");
            browser.checkAndKeep("5-no-show");

            cancelWithProposedSlots(browser);
            calendarFeed(browser);

            for (Map.Entry<String, String> page : List.of(Map.entry("/agent/", "home"),
                    Map.entry("/agent/validation", "approval-queue"), Map.entry("/agent/liste-du-jour", "day-list"),
                    Map.entry("/agent/statistiques", "statistics"), Map.entry("/agent/admin/", "administration"))) {
                browser.go(whole.url() + page.getKey());
                browser.visible("h1");
                browser.waitUntil(page.getKey() + " has loaded its data",
                        () -> !browser.driver.getPageSource().contains("Chargement…"));
                browser.checkAndKeep("page-" + page.getValue());
            }

            integrations(browser);
            typeText(browser);

            browser.go(whole.url() + "/agent/admin/semaines");
            browser.click("#week-edit-" + weekId);
            browser.visible("#week-editor-section");
            browser.type("#week-MONDAY-line-1", "9h-12h");
            browser.click("#week-save");
            browser.visible("#week-form [aria-invalid=true]");
            browser.checkAndKeep("7-reference-week-error");
            browser.type("#week-MONDAY-line-1", "08h30-12h00");
            browser.click("#week-save");
            browser.waitForText("#page-message", "est enregistrée");
            browser.checkAndKeep("8-reference-week-saved");
        });
        Messages citizen = new Messages(whole, "+33612340010", "nina.roux@example.fr");
        Browser.walk("citizen-proposed-slot", Browser.PHONE, browser -> bookTheProposedSlot(browser, citizen));
        JsonNode week = Eventually.poll("the reference week is changed", Duration.ofSeconds(30),
                () -> commune.referenceWeek(weekId), found -> found.toString().contains("08h30") || found.toString().contains("08:30"));
        assertThat(week.get("name").asText()).isEqualTo("Semaine type");
    }

    /**
     * The administrator sets the commune's voice line: a number not in the international form is refused on its
     * field, then the line is saved and the page says that the subscription does not have the voice option yet.
     */
    @Test
    void theAdministratorSetsTheCommunesVoiceLine() {
        Browser.walk("voice-line", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/admin/telephone");
            browser.visible("#login-form");
            browser.type("#username", USERNAME);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/admin/telephone");
            browser.waitForText("#voice-offer", "Aucune ligne n'est configurée");
            browser.checkAndKeep("1-no-line-yet");

            browser.type("#voice-number", "04 50 99 00 11");
            browser.type("#voice-transfer", "+33450990000");
            browser.type("#voice-hours", "du lundi au vendredi de 8 heures 30 à 12 heures");
            browser.click("#voice-enabled");
            browser.click("#voice-save");
            browser.visible("#voice-number[aria-invalid=true]");
            browser.waitForText("#voice-form-error-summary", "format international");
            browser.checkAndKeep("2-number-refused");

            browser.type("#voice-number", "+33 4 50 99 00 11");
            browser.click("#voice-save");
            browser.waitForText("#page-message", "Ligne du serveur vocal enregistrée");
            browser.waitForText("#voice-offer", "L'abonnement de la commune ne comprend pas le serveur vocal");
            browser.checkAndKeep("3-line-saved");
        });
        JsonNode line = whole.gateway().signedIn(USERNAME, PASSWORD)
                .get("/api/booking/agent/communes/" + commune.communeId + "/voice-line").json();
        assertThat(line.get("phoneNumber").asText()).isEqualTo("+33450990011");
        assertThat(line.get("transferNumber").asText()).isEqualTo("+33450990000");
        assertThat(line.get("enabled").asBoolean()).isTrue();
        assertThat(line.get("offered").asBoolean()).isFalse();
    }

    /** The administrator adds a webhook (refused in clear, then in https) and an API key: each secret shown once. */
    private static void integrations(Browser browser) {
        browser.go(whole.url() + "/agent/admin/integrations");
        browser.visible("#webhook-form");
        browser.waitUntil("the integrations have loaded", () -> !browser.driver.getPageSource().contains("Chargement…"));
        browser.checkAndKeep("9-integrations");
        browser.type("#webhook-url", "http://integrateur.example.fr/creneau");
        browser.click("#webhook-save");
        browser.visible("#webhook-form [aria-invalid=true]");
        browser.checkAndKeep("10-webhook-in-clear-refused");
        browser.type("#webhook-url", "https://integrateur.example.fr/creneau");
        browser.click("#webhook-save");
        browser.waitForText("#secret-text", "Copiez-le");
        browser.waitForText("#webhooks-list", "integrateur.example.fr");
        browser.click("#webhooks-table button[id^=webhook-log-]");
        browser.visible("#deliveries-list");
        browser.checkAndKeep("11-webhook-added");
        browser.type("#key-label", "Logiciel d'état civil");
        browser.click("#key-save");
        browser.waitForText("#secret-text", "Logiciel d'état civil");
        browser.waitForText("#keys-list", "lecture seule");
        assertThat(browser.visible("#secret-value").getText()).startsWith("crn_");
        browser.checkAndKeep("12-api-key-created");
    }

    /** A caller's appointment, booked over HTTP by the agent, then cancelled in the agenda with a reason. */
    private static void cancelWithProposedSlots(Browser browser) {
        Gateway agent = whole.gateway().signedIn(USERNAME, PASSWORD);
        LocalDate from = LocalDate.now(PARIS).plusDays(2);
        JsonNode slot = whole.gateway().get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s&limit=1"
                .formatted(commune.communeId, typeId, from, from.plusDays(14))).json().get("slots").get(0);
        Gateway.Reply booked = agent.post("/api/booking/agent/communes/" + commune.communeId + "/appointments", Map.of(
                "channel", "PHONE", "agentId", agentId, "appointment", Map.of("appointmentTypeId", typeId,
                        "counterId", slot.get("counterId").asText(), "start", slot.get("start").asText(), "persons", 1,
                        "citizen", Map.of("fullName", "Nina Roux", "mobile", "+33612340010",
                                "email", "nina.roux@example.fr"))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointmentId = booked.text("appointmentId");
        LocalDate day = Instant.parse(slot.get("start").asText()).atZone(PARIS).toLocalDate();

        browser.go(whole.url() + "/agent/agenda?date=" + day);
        browser.click("#rdv-" + appointmentId + "-annuler");
        browser.type("#cancel-reason", "Fermeture exceptionnelle du guichet");
        browser.waitForText("#cancel-proposals", "à");
        browser.checkAndKeep("6-cancel-with-proposed-slots");
        browser.click("#action-dialog-submit");
        browser.waitForText("#agenda-message", "Rendez-vous annulé");
    }

    /** On the notifications page, a text of the type's own, which the API then gives as the type's. */
    private static void typeText(Browser browser) {
        browser.go(whole.url() + "/agent/admin/notifications");
        Select scope = new Select(browser.visible("#template-scope"));
        browser.waitUntil("the types are listed", () -> scope.getOptions().size() > 1);
        new Select(browser.visible("#template-kind")).selectByValue("CONFIRMATION");
        scope.selectByValue(typeId);
        browser.waitForText("#template-origin", "ni le type ni la commune");
        browser.click("#template-channel-sms");
        browser.waitForText("#template-origin", "par SMS");
        browser.type("#template-body", "État civil : RDV le {date} à {heure}, apportez le livret de famille.");
        browser.click("#template-save");
        browser.waitForText("#page-message", "est enregistré");
        browser.waitForText("#template-origin", "Texte propre au type");
        browser.checkAndKeep("6d-type-text-saved");
        JsonNode saved = whole.gateway().signedIn(USERNAME, PASSWORD).get(
                "/api/notifications/communes/%s/appointment-types/%s/templates/CONFIRMATION/SMS"
                        .formatted(commune.communeId, typeId)).json();
        assertThat(saved.get("source").asText()).isEqualTo("TYPE");
        assertThat(saved.get("body").asText()).contains("livret de famille");
    }

    /** The agent's calendar feed, created under the agenda, read with no session as a calendar would, revoked. */
    private static void calendarFeed(Browser browser) {
        browser.go(whole.url() + "/agent/agenda");
        browser.click("#feed-create");
        browser.waitUntil("the feed's address is shown", () -> !browser.visible("#feed-url").getDomProperty("value").isEmpty());
        browser.checkAndKeep("6b-calendar-feed-created");
        String path = URI.create(browser.visible("#feed-url").getDomProperty("value")).getPath();

        Gateway.Reply feed = whole.gateway().get(path);
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body().replace("\r\n ", "")).contains("BEGIN:VCALENDAR", "Marcel Appelant")
                .doesNotContain("+33612340009");

        browser.click("#feed-revoke");
        browser.waitForText("#feed-status", "Adresse révoquée");
        browser.checkAndKeep("6c-calendar-feed-revoked");
        Gateway.Reply revoked = whole.gateway().get(path);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.contentType()).startsWith("application/problem+json");

        // a new address, which the commune's administrator revokes from the accounts page
        browser.click("#feed-create");
        browser.waitUntil("a new address is shown", () -> {
            String shown = browser.visible("#feed-url").getDomProperty("value");
            return !shown.isEmpty() && !URI.create(shown).getPath().equals(path);
        });
        String again = URI.create(browser.visible("#feed-url").getDomProperty("value")).getPath();
        assertThat(whole.gateway().get(again).status()).isEqualTo(200);
        browser.go(whole.url() + "/agent/admin/comptes");
        browser.waitForText("#feeds-list", "publié depuis le");
        browser.checkAndKeep("6d-agents-calendar-feeds");
        browser.click("#feeds-list button[id^=feed-revoke-]");
        browser.driver.switchTo().alert().accept();
        browser.waitForText("#feeds-message", "est révoqué");
        browser.waitForText("#feeds-list", "aucun");
        browser.checkAndKeep("6e-agents-calendar-feed-revoked-by-the-administrator");
        assertThat(whole.gateway().get(again).status()).isEqualTo(404);
    }

    /** The citizen opens a slot proposed in the cancellation e-mail and books it, with a new code. */
    private static void bookTheProposedSlot(Browser browser, Messages citizen) {
        String mail = citizen.awaitMail("the cancellation with proposed slots", text -> text.contains("creneau="));
        String proposed = Messages.links(mail, "/gerer/").stream().filter(link -> link.contains("creneau="))
                .findFirst().orElseThrow();
        browser.go(proposed);
        browser.waitForStep("manage");
        browser.waitForText("#manage-recap", "Annulé");
        assertThat(browser.visible("#proposal-text").getText()).contains("vous propose un nouveau rendez-vous");
        browser.checkAndKeep("1-proposed-slot-after-a-cancellation");
        browser.click("#proposal-yes");
        browser.waitForStep("contact");
        browser.type("#fullName", "Nina Roux");
        browser.type("#email", "nina.roux@example.fr");
        browser.type("#mobile", "+33612340010");
        browser.click("#contact-form button[type=submit]");
        browser.waitForStep("recap");
        int sent = citizen.sms().size();
        browser.click("#reserve");
        browser.waitForStep("code");
        browser.type("#code", citizen.awaitCode(sent));
        browser.click("#code-form button[type=submit]");
        browser.waitForStep("done");
        browser.checkAndKeep("2-proposed-slot-booked");
    }
}
