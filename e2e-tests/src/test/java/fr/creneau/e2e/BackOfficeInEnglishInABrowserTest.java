package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's daily pages in English, in headless Chromium over the whole stack: each page opened with
 * {@code ?lang=en} (the login, today, the agenda with a dialog open, the day list, booking for a caller with its
 * errors, the approval queue, the statistics, the operator's communes) shows no French in its text, its labels or
 * its title, and passes axe-core; the header's switch goes from French to English and back, and is remembered from
 * one page to the next. The test's data carry no accent and no French word, so that any French left is the page's.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class BackOfficeInEnglishInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String USERNAME = "sam.clerk";
    private static final String PASSWORD = "a-clerk-who-speaks-english";
    private static final String CITIZEN = "Alice Smith";

    private static WholeStack whole;
    private static String communeName;
    private static String communeId;
    private static String typeId;
    private static LocalDate day;

    @BeforeAll
    static void aCommuneWithOneAppointment(WholeStack stack) {
        whole = stack;
        communeName = "Oakfield";
        CommuneSetup commune = CommuneSetup.create(whole, "oakfield", communeName);
        communeId = commune.communeId;
        String place = commune.place("Town Hall", "1 Market Street");
        typeId = commune.appointmentType(Map.of("label", "Passport", "durationMinutes", 20));
        String counter = commune.counter(place, "Desk One", typeId);
        String agentId = commune.agent("Sam Clerk", counter);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(counter, commune.weekdaysReferenceWeek(), tomorrow, tomorrow.plusWeeks(3), 2);
        commune.account(USERNAME, "Sam Clerk", PASSWORD, List.of("COMMUNE_ADMIN", "AGENT"), agentId);
        commune.awaitBookable(List.of(typeId), List.of(typeId), tomorrow);
        Gateway agent = whole.gateway().signedIn(USERNAME, PASSWORD);
        Gateway.Reply slots = agent.get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s&limit=1"
                .formatted(commune.communeId, typeId, tomorrow, tomorrow.plusDays(14)));
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        JsonNode slot = slots.json().get("slots").get(0);
        day = Instant.parse(slot.get("start").asText()).atZone(PARIS).toLocalDate();
        Gateway.Reply booked = agent.post("/api/booking/agent/communes/" + commune.communeId + "/appointments", Map.of(
                "channel", "PHONE", "assignedAgentId", agentId, "appointment", Map.of("appointmentTypeId", typeId,
                        "counterId", slot.get("counterId").asText(), "start", slot.get("start").asText(), "persons", 1,
                        "citizen", Map.of("fullName", CITIZEN, "email", "alice.smith@example.org"))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    @Test
    void everyDailyPageInEnglishShowsNoFrenchAndIsAccessible() {
        Browser.walk("back-office-english", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion?lang=en");
            browser.visible("#login-form");
            english(browser, "1-login");
            browser.type("#username", USERNAME);
            browser.type("#password", "not-the-password");
            browser.click("#login-submit");
            browser.waitForText("#password-error", "Wrong username or password");
            english(browser, "2-login-refused");
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");

            browser.waitForUrl("/agent/?lang=en");
            browser.waitUntil("today's count is written", () -> browser.visible("#agenda-count").getText().contains("appointment"));
            english(browser, "3-today");

            browser.go(whole.url() + "/agent/agenda?lang=en&date=" + day);
            browser.waitUntil("the appointment is in the grid", () -> browser.isShown("table#agenda-grille-jour")
                    && browser.visible("table#agenda-grille-jour").getText().contains(CITIZEN));
            browser.waitUntil("the calendar feed is said", () -> browser.isShown("#feed-status"));
            english(browser, "4-agenda");
            browser.click("#agenda-results button[data-action=annuler]");
            browser.visible("#action-dialog");
            browser.waitUntil("the proposed slots are listed", () -> !browser.visible("#cancel-proposals").getText()
                    .contains("Looking for"));
            browser.click("#action-dialog-submit");
            browser.visible("#cancel-reason-error:not([hidden])");
            english(browser, "5-cancel-dialog");
            browser.click("#action-dialog-close");

            browser.go(whole.url() + "/agent/liste-du-jour?lang=en&date=" + day);
            browser.waitUntil("the day's table is drawn", () -> browser.isShown("#daylist-table"));
            english(browser, "6-day-list");

            browser.go(whole.url() + "/agent/prise-rdv?lang=en");
            Select type = new Select(browser.visible("#booking-type"));
            browser.waitUntil("the types are listed", () -> type.getOptions().size() > 1);
            type.selectByValue(typeId);
            browser.visible("#booking-slots button[aria-pressed]").click();
            browser.click("#booking-submit");
            browser.visible("#booking-name-error:not([hidden])");
            english(browser, "7-booking-errors");

            browser.go(whole.url() + "/agent/validation?lang=en");
            browser.waitUntil("the queue is read", () -> browser.visible("#validation-count").getText().contains("request"));
            english(browser, "8-approval-queue");

            browser.go(whole.url() + "/agent/statistiques?lang=en");
            browser.waitUntil("the statistics are shown", () -> browser.visible("#stats-message").getText()
                    .startsWith("Statistics from"));
            english(browser, "9-statistics");
        });
    }

    @Test
    void theOperatorsCommunesInEnglish() {
        Gateway operator = whole.gateway().platformAdministrator();
        // the operator's own name, given by the gateway at its first start, is data too
        List<String> communes = new ArrayList<>(List.of(operator.get("/api/me").text("displayName")));
        operator.get("/api/planning/operator/communes").json().forEach(c -> {
            communes.add(c.get("name").asText());
            if (c.hasNonNull("suspensionReason")) {
                communes.add(c.get("suspensionReason").asText());
            }
        });
        Browser.walk("back-office-english-operator", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion?lang=en&retour=/agent/operateur");
            browser.visible("#login-form");
            browser.type("#username", Gateway.PLATFORM_ADMIN);
            browser.type("#password", Gateway.PLATFORM_ADMIN_PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/operateur");
            browser.waitUntil("the communes are listed", () -> browser.isShown("#communes-table")
                    && browser.visible("#communes-table").getText().contains(communeName));
            browser.click("#subscription-" + communeId);
            browser.visible("#subscription-section");
            // other test classes' communes may be listed here with their French names: data, not the page's texts
            english(browser, "1-operator", communes);
        });
    }

    @Test
    void theSwitchGoesToEnglishAndBackAndIsRemembered() {
        Browser.walk("back-office-switch", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion");
            browser.visible("#login-form");
            assertThat(language(browser)).isEqualTo("fr");
            assertThat(browser.visible("#lang-switch").getDomAttribute("lang")).isEqualTo("en");
            browser.type("#username", USERNAME);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#nav-accueil", "Aujourd'hui");
            assertThat(language(browser)).isEqualTo("fr");

            browser.click("#lang-switch");
            browser.waitUntil("the page is in English", () -> "en".equals(language(browser)));
            browser.waitForText("#nav-accueil", "Today");
            assertThat(browser.visible("#lang-switch").getDomAttribute("lang")).isEqualTo("fr");
            assertThat(browser.visible("#lang-switch").getText()).isEqualTo("Français");
            assertThat(browser.driver.getTitle()).startsWith("Today");
            browser.checkAndKeep("1-switched-to-english");

            browser.go(whole.url() + "/agent/statistiques");
            browser.waitForText("#nav-statistiques", "Statistics");
            assertThat(language(browser)).isEqualTo("en");
            assertThat(browser.visible("h1").getText()).isEqualTo("Statistics");

            browser.click("#lang-switch");
            browser.waitUntil("the page is in French again", () -> "fr".equals(language(browser)));
            browser.waitForText("#nav-statistiques", "Statistiques");
            browser.go(whole.url() + "/agent/agenda");
            browser.waitForText("#nav-accueil", "Aujourd'hui");
            assertThat(browser.visible("h1").getText()).isEqualTo("Agenda");
            assertThat(browser.visible("#agenda-prev").getText()).isEqualTo("Précédent");
            browser.checkAndKeep("2-back-to-french");
        });
    }

    private static String language(Browser browser) {
        return browser.driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** The page's language is English, no French is in its text, labels or title, and axe-core finds nothing serious. */
    private static void english(Browser browser, String screen, List<String> data) {
        assertThat(language(browser)).as(screen).isEqualTo("en");
        List<String> french = French.onPage(browser, data);
        assertThat(french).as("French on the English page " + screen).isEmpty();
        browser.checkAndKeep(screen);
    }

    private static void english(Browser browser, String screen) {
        english(browser, screen, List.of());
    }
}
