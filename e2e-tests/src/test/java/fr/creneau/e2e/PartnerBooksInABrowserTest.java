package fr.creneau.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner of the commune (a social worker) in headless Chromium over the whole stack: signing in lands on their own
 * page, whose menu holds only it; they book for a beneficiary a type open to social workers, never offered one that
 * is not, and find the booking in their list; axe-core on each step. In English ({@code ?lang=en}) the same page, its
 * errors and its slots show no French outside the commune's data. The test's data carry no accent.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class PartnerBooksInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String USERNAME = "lea.ccas";
    private static final String PASSWORD = "un-mot-de-passe-solide";
    private static final String OPEN_TYPE = "Aide au dossier de logement";
    // Accents, and French words no English sentence has; "Créneau" is the software's name, said in both languages.

    private static WholeStack whole;
    private static String openType;
    private static String closedType;

    @BeforeAll
    static void openACommuneWithATypeForSocialWorkers(WholeStack stack) {
        whole = stack;
        CommuneSetup commune = CommuneSetup.create(whole, "val-des-partenaires", "Val-des-Partenaires");
        String place = commune.place("Mairie", "5 rue Pasteur");
        openType = commune.appointmentType(Map.of("label", OPEN_TYPE, "durationMinutes", 20,
                "partnerTypes", List.of("travailleur-social")));
        closedType = commune.appointmentType(Map.of("label", "Passeport", "durationMinutes", 20,
                "partnerTypes", List.of("association")));
        String week = commune.weekdaysReferenceWeek();
        String counter = commune.counter(place, "Guichet 1", openType, closedType);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(counter, week, tomorrow, tomorrow.plusWeeks(3), 2);
        commune.partner(USERNAME, "Lea, CCAS", PASSWORD, "travailleur-social");
        commune.awaitBookable(List.of(openType, closedType), List.of(openType, closedType), tomorrow);
    }

    @Test
    void aPartnerSeesOnlyTheirPageBooksAnOpenTypeForABeneficiaryAndFindsItInTheirList() {
        Browser.walk("partner", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion");
            browser.type("#username", USERNAME);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");

            browser.waitForUrl("/agent/partenaire");
            Select type = new Select(browser.visible("#partner-type"));
            browser.waitUntil("the open types are listed", () -> type.getOptions().size() > 1);
            browser.waitForText("#partner-list", "aucun rendez-vous");
            List<String> menu = browser.driver.findElements(By.cssSelector("#agent-nav-list a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(menu).singleElement().asString().endsWith("/agent/partenaire");
            assertThat(type.getOptions()).extracting(option -> option.getAttribute("value"))
                    .containsExactly("", openType).doesNotContain(closedType);
            browser.checkAndKeep("1-partner-page");

            browser.click("#partner-submit");
            browser.visible("#partner-name[aria-invalid=true]");
            browser.waitForText("#partner-type-error", "Choisissez le motif");
            browser.checkAndKeep("2-errors-beside-the-fields");

            type.selectByValue(openType);
            browser.click("#partner-search");
            WebElement slot = browser.visible("#partner-slots button[aria-pressed]");
            slot.click();
            browser.type("#partner-name", "Karim Benali");
            browser.type("#partner-mobile", "06 12 34 00 41");
            browser.click("#partner-submit");
            browser.waitForText("#partner-message", "Rendez-vous enregistré pour Karim Benali");
            browser.visible("#partner-table");
            browser.waitForText("#partner-table", OPEN_TYPE);
            assertThat(browser.driver.findElements(By.cssSelector("#partner-table tbody tr"))).hasSize(1);
            browser.checkAndKeep("3-booked-and-listed");

            // an agents' page sends a partner back to their own
            browser.go(whole.url() + "/agent/agenda");
            browser.waitForUrl("/agent/partenaire");
            browser.visible("#partner-table");
        });
    }

    // Whether the other test booked first or not: the list is either empty or holds that booking, in English both.
    @Test
    void thePartnersPageInEnglishShowsNoFrenchAndIsAccessible() {
        Browser.walk("partner-english", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion?lang=en");
            browser.type("#username", USERNAME);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");

            browser.waitForUrl("/agent/partenaire?lang=en");
            Select type = new Select(browser.visible("#partner-type"));
            browser.waitUntil("the open types are listed", () -> type.getOptions().size() > 1);
            browser.waitUntil("the list is loaded", () -> !browser.driver.findElements(
                    By.cssSelector("#partner-none, #partner-table")).isEmpty());
            assertThat(browser.visible("h1").getText()).isEqualTo("My beneficiaries' appointments");
            english(browser, "4-english-page");

            browser.click("#partner-submit");
            browser.waitForText("#partner-type-error", "Choose the reason");
            browser.waitForText("#partner-message", "fields to correct");
            english(browser, "5-english-errors");

            type.selectByValue(openType);
            browser.click("#partner-search");
            browser.visible("#partner-slots button[aria-pressed]").click();
            browser.waitForText("#partner-slots-status", "free slot");
            browser.waitForText("#partner-chosen", "Chosen slot");
            english(browser, "6-english-slots");

            // an agents' page sends them back to theirs, in the language the address gave
            browser.go(whole.url() + "/agent/agenda?lang=en");
            browser.waitForUrl("/agent/partenaire?lang=en");
            browser.waitForText("h1", "My beneficiaries' appointments");
        });
    }

    /** The page's language is English, no French is in its text, labels or title, and axe-core finds nothing serious. */
    private static void english(Browser browser, String screen) {
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(screen).isEqualTo("en");
        List<String> french = French.onPage(browser, List.of(OPEN_TYPE));
        assertThat(french).as("French on the English page " + screen).isEmpty();
        browser.checkAndKeep(screen);
    }
}
