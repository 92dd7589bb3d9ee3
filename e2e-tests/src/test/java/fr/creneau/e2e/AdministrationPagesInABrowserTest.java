package fr.creneau.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page under /agent/admin/ (read from the web module, so that a new page is swept too), rendered with a
 * furnished commune for its administrator at desktop and phone widths, with axe-core on each; and again in English
 * ({@code ?lang=en}), where no French may be left in a page's text, labels or title. The commune's data carry no
 * accent and no French word, so that any French found is the page's own; texts the services write in French (the
 * notices' preview, the merge fields) are marked {@code lang="fr"} by the page and left out.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class AdministrationPagesInABrowserTest {

    private static final String USERNAME = "dominique.admin";
    private static final String PASSWORD = "des-reglages-accessibles";
    // Accents, and French words no English sentence has; "Créneau" is the software's name, said in both languages.
    private static final Path PAGES = Path.of(System.getProperty("creneau.root", ".."),
            "web/src/main/resources/static/agent/admin");

    private static WholeStack whole;

    @BeforeAll
    static void aFurnishedCommune(WholeStack stack) {
        whole = stack;
        CommuneSetup commune = CommuneSetup.create(whole, "val-des-reglages", "Settings Vale");
        Gateway admin = commune.admin();
        String planning = "/api/planning/communes/" + commune.communeId;
        String service = admin.post(planning + "/services", Map.of("name", "Civil Status")).text("serviceId");
        String place = commune.place("Town Hall", "1 Market Street");
        String type = commune.appointmentType(Map.of("label", "Passport", "durationMinutes", 20,
                "serviceIds", List.of(service)));
        String counter = commune.counterOf(List.of(service), place, "Desk 1", type);
        String agent = commune.agent("Dominique Admin", counter);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
        commune.open(counter, commune.weekdaysReferenceWeek(), tomorrow, tomorrow.plusWeeks(2), 1);
        commune.account(USERNAME, "Dominique Admin", PASSWORD, List.of("COMMUNE_ADMIN", "AGENT"), agent);
    }

    @Test
    void everyAdministrationPageIsAccessibleOnADesktop() {
        sweep("admin-pages-desktop", Browser.DESKTOP);
    }

    @Test
    void everyAdministrationPageIsAccessibleOnAPhone() {
        sweep("admin-pages-phone", Browser.PHONE);
    }

    @Test
    void everyAdministrationPageInEnglishShowsNoFrenchAndIsAccessible() {
        List<String> pages = pages();
        Browser.walk("admin-pages-english", Browser.DESKTOP, browser -> {
            signIn(browser, "?lang=en");
            for (String page : pages) {
                browser.go(whole.url() + "/agent/admin/" + page + "?lang=en");
                loaded(browser, page);
                assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo("en");
                assertThat(French.onPage(browser, List.of())).as("French on the English page " + page).isEmpty();
                browser.checkAndKeep("en-" + (page.isEmpty() ? "index" : page));
            }
        });
    }

    @Test
    void aFormRefusedInEnglishSaysWhyInEnglish() {
        Browser.walk("admin-refusal-english", Browser.DESKTOP, browser -> {
            signIn(browser, "?lang=en");
            browser.go(whole.url() + "/agent/admin/fermetures?lang=en");
            loaded(browser, "fermetures");
            browser.click("#closure-save");
            browser.waitForText("#closure-form-error-summary", "Complete the form:");
            assertThat(browser.visible("#closure-from-error").getText()).isEqualTo("Give the first day of the closure.");
            assertThat(French.onPage(browser, List.of())).as("French on the refused form").isEmpty();
            browser.checkAndKeep("en-closure-refused");
        });
    }

    private static void signIn(Browser browser, String query) {
        browser.go(whole.url() + "/agent/admin/" + query);
        browser.visible("#login-form");
        browser.type("#username", USERNAME);
        browser.type("#password", PASSWORD);
        browser.click("#login-submit");
        browser.waitForUrl("/agent/admin/");
    }

    // What a page without a "Loading…" placeholder draws once its data are in.
    private static final Map<String, String> DRAWN = Map.of("notifications", "#channels-grid input, #template-origin:not(:empty)",
            "telephone", "#voice-offer:not([hidden])", "exceptions", "#exceptions-list > *");

    private static void loaded(Browser browser, String page) {
        browser.visible("h1");
        browser.waitUntil(page + " has loaded its data", () -> {
            String source = browser.driver.getPageSource().toLowerCase(Locale.ROOT);
            return !source.contains("chargement…") && !source.contains("loading…")
                    && browser.driver.findElements(By.cssSelector("[aria-busy=true]")).isEmpty()
                    && (!DRAWN.containsKey(page) || drawn(browser, DRAWN.get(page)));
        });
        assertThat(browser.isShown(".message.error")).as(page + " shows no error").isFalse();
    }

    private static boolean drawn(Browser browser, String selectors) {
        return Stream.of(selectors.split(", ")).allMatch(css -> !browser.driver.findElements(By.cssSelector(css)).isEmpty());
    }

    private static void sweep(String name, Dimension size) {
        List<String> pages = pages();
        assertThat(pages).contains("lieux", "guichets", "types", "services", "agents", "fermetures", "exceptions",
                "jours-feries", "notifications", "semaines", "telephone", "ants", "integrations", "comptes", "commune",
                "import");
        Browser.walk(name, size, browser -> {
            signIn(browser, "");
            for (String page : pages) {
                browser.go(whole.url() + "/agent/admin/" + page);
                loaded(browser, page);
                assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo("fr");
                if (size.equals(Browser.PHONE)) {
                    assertThat(((Number) browser.driver.executeScript("return document.documentElement.scrollWidth"))
                            .longValue()).as(page + " fits the phone's width").isLessThanOrEqualTo(browser.viewportWidth());
                }
                browser.checkAndKeep(page.isEmpty() ? "index" : page);
            }
        });
    }

    /** The administration's pages, as their addresses name them ("" for the index). */
    private static List<String> pages() {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".html"))
                    .map(file -> file.equals("index.html") ? "" : file.substring(0, file.length() - ".html".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
