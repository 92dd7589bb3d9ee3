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
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page under /agent/admin/ (read from the web module, so that a new page is swept too), rendered with a
 * furnished commune for its administrator at desktop and phone widths, with axe-core on each.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class AdministrationPagesInABrowserTest {

    private static final String USERNAME = "dominique.admin";
    private static final String PASSWORD = "des-reglages-accessibles";
    private static final Path PAGES = Path.of(System.getProperty("creneau.root", ".."),
            "web/src/main/resources/static/agent/admin");

    private static WholeStack whole;

    @BeforeAll
    static void aFurnishedCommune(WholeStack stack) {
        whole = stack;
        CommuneSetup commune = CommuneSetup.create(whole, "val-des-reglages", "Val-des-Réglages");
        Gateway admin = commune.admin();
        String planning = "/api/planning/communes/" + commune.communeId;
        String service = admin.post(planning + "/services", Map.of("name", "État civil")).text("serviceId");
        String place = commune.place("Mairie", "1 place de la Mairie");
        String type = commune.appointmentType(Map.of("label", "Passeport", "durationMinutes", 20,
                "serviceIds", List.of(service)));
        String counter = commune.counterOf(List.of(service), place, "Guichet 1", type);
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

    private static void sweep(String name, Dimension size) {
        List<String> pages = pages();
        assertThat(pages).contains("lieux", "guichets", "types", "services", "agents", "fermetures", "exceptions",
                "jours-feries", "notifications", "semaines", "telephone", "ants", "integrations", "comptes", "commune",
                "import");
        Browser.walk(name, size, browser -> {
            browser.go(whole.url() + "/agent/admin/");
            browser.visible("#login-form");
            browser.type("#username", USERNAME);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/admin/");
            for (String page : pages) {
                browser.go(whole.url() + "/agent/admin/" + page);
                browser.visible("h1");
                browser.waitUntil(page + " has loaded its data", () -> !browser.driver.getPageSource().contains("Chargement")
                        && browser.driver.findElements(By.cssSelector("[aria-busy=true]")).isEmpty());
                assertThat(browser.isShown(".message.error")).as(page + " shows no error").isFalse();
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
