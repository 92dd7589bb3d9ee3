package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agents' agenda as calendar grids (a table per day or per week, by counter or by agent), its filters by place,
 * service, counter and agent applied by booking-service, and its list on a phone; axe-core on each state.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class AgendaInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String USERNAME = "claude.agenda";
    private static final String PASSWORD = "un-agenda-bien-tenu";
    private static final String ALICE = "Alice Mairie";
    private static final String BRUNO = "Bruno Annexe";

    private static WholeStack whole;
    private static String mairie;
    private static String annexe;
    private static String etatCivil;
    private static String scolaire;
    private static String guichetMairie;
    private static String guichetAnnexe;
    private static String claude;
    private static LocalDate day;

    @BeforeAll
    static void aCommuneWithTwoPlacesTwoServicesAndTwoAgents(WholeStack stack) {
        whole = stack;
        CommuneSetup commune = CommuneSetup.create(whole, "val-de-l-agenda", "Val-de-l'Agenda");
        Gateway admin = commune.admin();
        String planning = "/api/planning/communes/" + commune.communeId;
        etatCivil = created(admin.post(planning + "/services", Map.of("name", "État civil"))).text("serviceId");
        scolaire = created(admin.post(planning + "/services", Map.of("name", "Affaires scolaires"))).text("serviceId");
        mairie = commune.place("Mairie", "1 place de la Mairie");
        annexe = commune.place("Mairie annexe", "2 rue des Écoles");
        String passeport = commune.appointmentType(Map.of("label", "Passeport", "durationMinutes", 20,
                "serviceIds", List.of(etatCivil)));
        String ecole = commune.appointmentType(Map.of("label", "Inscription scolaire", "durationMinutes", 20,
                "serviceIds", List.of(scolaire)));
        guichetMairie = commune.counterOf(List.of(etatCivil), mairie, "Guichet de la mairie", passeport);
        guichetAnnexe = commune.counterOf(List.of(scolaire), annexe, "Guichet de l'annexe", ecole);
        claude = created(admin.post(planning + "/agents", Map.of("displayName", "Claude Civil",
                "serviceIds", List.of(etatCivil), "counterIds", List.of(guichetMairie)))).text("agentId");
        String dominique = created(admin.post(planning + "/agents", Map.of("displayName", "Dominique Écoles",
                "serviceIds", List.of(scolaire), "counterIds", List.of(guichetAnnexe)))).text("agentId");
        String week = commune.weekdaysReferenceWeek();
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(guichetMairie, week, tomorrow, tomorrow.plusWeeks(2), 2);
        commune.open(guichetAnnexe, week, tomorrow, tomorrow.plusWeeks(2), 2);
        commune.account(USERNAME, "Claude Civil", PASSWORD, List.of("COMMUNE_ADMIN", "AGENT"), claude);
        commune.awaitBookable(List.of(passeport, ecole), List.of(passeport, ecole), tomorrow);

        Gateway agent = whole.gateway().signedIn(USERNAME, PASSWORD);
        JsonNode first = firstSlot(agent, commune.communeId, passeport, tomorrow);
        day = Instant.parse(first.get("start").asText()).atZone(PARIS).toLocalDate();
        book(agent, commune.communeId, passeport, first, ALICE, claude);
        book(agent, commune.communeId, ecole, firstSlot(agent, commune.communeId, ecole, day), BRUNO, dominique);
    }

    @Test
    void theDayGridByCounterThenEachFilterThenByAgentThenTheWeek() {
        Browser.walk("agenda-grid", Browser.DESKTOP, browser -> {
            signIn(browser, "/agent/agenda?date=" + day);
            browser.waitUntil("both appointments are in the grid", () -> textOf(browser, "table#agenda-grille-jour")
                    .contains(ALICE) && textOf(browser, "table#agenda-grille-jour").contains(BRUNO));
            WebElement grid = browser.visible("table#agenda-grille-jour");
            assertThat(headers(grid)).contains("Guichet de la mairie (Mairie)", "Guichet de l'annexe (Mairie annexe)");
            assertThat(grid.findElements(By.cssSelector("tbody th[scope=row]"))).isNotEmpty();
            keep(browser, "1-day-by-counter");

            filter(browser, "#agenda-place", annexe, BRUNO, ALICE);
            keep(browser, "2-place");
            filter(browser, "#agenda-place", "", ALICE, null);
            filter(browser, "#agenda-service", etatCivil, ALICE, BRUNO);
            keep(browser, "3-service");
            filter(browser, "#agenda-service", scolaire, BRUNO, ALICE);
            filter(browser, "#agenda-service", "", ALICE, null);
            filter(browser, "#agenda-counter", guichetAnnexe, BRUNO, ALICE);
            keep(browser, "4-counter");
            filter(browser, "#agenda-counter", "", ALICE, null);
            filter(browser, "#agenda-agent", claude, ALICE, BRUNO);
            keep(browser, "5-agent");
            filter(browser, "#agenda-agent", "", BRUNO, null);
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("lieu=", "service=", "guichet=", "agent=");

            browser.click("#by-agent");
            browser.waitUntil("the columns are the agents", () -> textOf(browser, "table#agenda-grille-jour thead")
                    .contains("Claude Civil") && textOf(browser, "table#agenda-grille-jour thead").contains("Dominique Écoles"));
            keep(browser, "6-day-by-agent");

            browser.click("#view-semaine");
            browser.waitUntil("one table per agent for the week",
                    () -> browser.driver.findElements(By.cssSelector("table.agenda-grid")).size() == 2);
            WebElement weekGrid = browser.visible("table#agenda-grille-1");
            assertThat(weekGrid.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(8);
            assertThat(browser.visible("#agenda-results").getText()).contains(ALICE, BRUNO);
            keep(browser, "7-week-by-agent");
            assertThat(browser.driver.getCurrentUrl()).contains("vue=semaine", "par=agent", "affichage=grille");
        });
    }

    @Test
    void aFilterThatIsNotTheCommunesIsRefusedByTheServerAndSaidSo() {
        Browser.walk("agenda-refused-filter", Browser.DESKTOP, browser -> {
            signIn(browser, "/agent/agenda?date=" + day + "&guichet=00000000-0000-0000-0000-000000000000");
            browser.waitForText("#agenda-count", "n'est pas un guichet de cette commune");
            assertThat(browser.isShown("table.agenda-grid")).isFalse();
            keep(browser, "1-refused");
        });
    }

    @Test
    void onAPhoneTheDayIsAListAndTheGridStaysUsable() {
        Browser.walk("agenda-phone", Browser.PHONE, browser -> {
            signIn(browser, "/agent/agenda?date=" + day);
            browser.waitUntil("the day is a list", () -> browser.isShown("#agenda-list")
                    && textOf(browser, "#agenda-list").contains(BRUNO));
            assertThat(browser.isShown("table.agenda-grid")).isFalse();
            assertThat(((Number) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(browser.viewportWidth());
            keep(browser, "1-day-list");
            filter(browser, "#agenda-service", scolaire, BRUNO, ALICE);

            browser.click("#display-grille");
            browser.waitUntil("the grid is shown", () -> browser.isShown("table#agenda-grille-jour"));
            keep(browser, "2-day-grid");
        });
    }

    /** The agenda's results are below its filters: they are scrolled into the screenshot, then axe-core runs. */
    private static void keep(Browser browser, String screen) {
        browser.driver.executeScript("document.getElementById('agenda-results').scrollIntoView()");
        browser.checkAndKeep(screen);
    }

    private static void signIn(Browser browser, String path) {
        browser.go(whole.url() + path);
        browser.visible("#login-form");
        browser.type("#username", USERNAME);
        browser.type("#password", PASSWORD);
        browser.click("#login-submit");
        browser.waitForUrl("/agent/agenda");
    }

    /** Chooses {@code value} in a filter and waits until {@code shown} is in the agenda and {@code gone} is not. */
    private static void filter(Browser browser, String select, String value, String shown, String gone) {
        new Select(browser.visible(select)).selectByValue(value);
        browser.waitUntil(select + "=" + value + " shows " + shown + (gone == null ? "" : " and not " + gone), () -> {
            String text = textOf(browser, "#agenda-results");
            return text.contains(shown) && (gone == null || !text.contains(gone));
        });
    }

    /** The text of {@code css} now, or "" while the agenda is being drawn again (the element just replaced). */
    private static String textOf(Browser browser, String css) {
        try {
            return browser.visible(css).getText();
        } catch (StaleElementReferenceException redrawn) {
            return "";
        }
    }

    private static List<String> headers(WebElement table) {
        return table.findElements(By.cssSelector("thead th[scope=col]")).stream().map(WebElement::getText).toList();
    }

    private static JsonNode firstSlot(Gateway agent, String communeId, String typeId, LocalDate from) {
        Gateway.Reply slots = agent.get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(communeId, typeId, from, from.plusDays(10)));
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        return slots.json().get("slots").get(0);
    }

    private static void book(Gateway agent, String communeId, String typeId, JsonNode slot, String name, String agentId) {
        created(agent.post("/api/booking/agent/communes/" + communeId + "/appointments", Map.of(
                "channel", "PHONE", "assignedAgentId", agentId, "appointment", Map.of("appointmentTypeId", typeId,
                        "counterId", slot.get("counterId").asText(), "start", slot.get("start").asText(), "persons", 1,
                        "citizen", Map.of("fullName", name, "email", name.replace(' ', '.').toLowerCase() + "@example.fr")))));
    }

    private static Gateway.Reply created(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
