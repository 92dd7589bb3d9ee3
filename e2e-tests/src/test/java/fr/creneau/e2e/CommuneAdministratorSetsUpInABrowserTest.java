package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's administrator in headless Chromium: accounts (one created and linked to a planning agent of the
 * commune, its password reset, then disabled), the commune's settings, colours refused for their contrast then
 * taken, a logo uploaded, and the citizen page opened directly in those colours with that logo; then the operator
 * changes the commune's subscription and SMS budget from its page. axe-core on each state.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class CommuneAdministratorSetsUpInABrowserTest {

    private static final String ADMIN = "camille.couleurs";
    private static final String PASSWORD = "un-mot-de-passe-solide";
    private static final String NEW_PASSWORD = "un-autre-mot-de-passe";

    private static WholeStack whole;
    private static CommuneSetup commune;
    private static String agentId;
    private static String otherCommunesAgent;

    @BeforeAll
    static void aCommuneWithAnAgentAndAnotherCommune(WholeStack stack) {
        whole = stack;
        commune = CommuneSetup.create(whole, "val-des-couleurs", "Val-des-Couleurs");
        agentId = commune.agent("Claire Guichet");
        commune.account(ADMIN, "Camille Couleurs", PASSWORD, List.of("COMMUNE_ADMIN"), null);
        otherCommunesAgent = CommuneSetup.create(whole, "val-d-a-cote", "Val-d'à-Côté").agent("Agent d'ailleurs");
    }

    @Test
    void theAdministratorManagesAccountsColoursAndLogoAndTheCitizenPageShowsThem() throws IOException {
        Browser.walk("commune-admin", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/admin/comptes");
            browser.visible("#login-form");
            browser.type("#username", ADMIN);
            browser.type("#password", PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/admin/comptes");
            browser.waitForText("#accounts-table", ADMIN);
            browser.checkAndKeep("admin-1-accounts");

            browser.click("#account-new");
            browser.type("#account-username", "claire.guichet");
            browser.type("#account-display-name", "Claire Guichet");
            browser.type("#account-password", "court");
            new org.openqa.selenium.support.ui.Select(browser.visible("#account-agent")).selectByVisibleText("Claire Guichet");
            browser.click("#account-save");
            browser.visible("#account-form-error-summary");
            browser.checkAndKeep("admin-2-account-refused");
            browser.type("#account-password", PASSWORD);
            browser.click("#account-save");
            browser.waitForText("#page-message", "est enregistré");
            String row = rowOf(browser, "claire.guichet");
            assertThat(row).contains("Claire Guichet", "agent", "actif");

            WebElement edit = browser.driver.findElement(By.xpath(
                    "//tr[contains(., 'claire.guichet')]//button[starts-with(@id, 'account-edit-')]"));
            edit.click();
            browser.type("#account-password", NEW_PASSWORD);
            browser.click("#account-save");
            browser.waitForText("#page-message", "est enregistré");
            browser.checkAndKeep("admin-3-account-saved");
        });
        JsonNode claire = whole.gateway().signedIn("claire.guichet", NEW_PASSWORD).get("/api/me").json();
        assertThat(claire.path("agentId").asText()).isEqualTo(agentId);
        Gateway.Reply foreign = commune.admin().put("/api/accounts/communes/" + commune.communeId + "/accounts/"
                + claire.path("accountId").asText(), Map.of("displayName", "Claire Guichet", "roles", List.of("AGENT"),
                "enabled", true, "agentId", otherCommunesAgent));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.contentType()).isEqualTo("application/problem+json");
        assertThat(foreign.text("detail")).contains("n'a pas d'agent");

        Browser.walk("commune-admin-disables", Browser.PHONE, browser -> {
            signIn(browser, "/agent/admin/comptes");
            browser.waitForText("#accounts-table", "claire.guichet");
            browser.driver.findElement(By.xpath(
                    "//tr[contains(., 'claire.guichet')]//button[starts-with(@id, 'account-disable-')]")).click();
            browser.driver.switchTo().alert().accept();
            browser.waitForText("#page-message", "est désactivé");
            assertThat(rowOf(browser, "claire.guichet")).contains("désactivé");
            browser.checkAndKeep("admin-4-account-disabled");
        });
        assertThat(whole.gateway().post("/api/auth/login", Map.of("username", "claire.guichet",
                "password", NEW_PASSWORD)).status()).isEqualTo(401);

        Path logo = pngLogo();
        Browser.walk("commune-settings", Browser.DESKTOP, browser -> {
            signIn(browser, "/agent/admin/commune");
            browser.waitUntil("the settings are read", () -> !browser.visible("#commune-name").getDomProperty("value").isEmpty());
            browser.checkAndKeep("settings-1");
            browser.type("#commune-retention", "36");
            browser.click("#settings-save");
            browser.waitForText("#page-message", "sont enregistrés");

            browser.type("#branding-color", "#ffd700");
            browser.type("#branding-text-color", "#ffffff");
            browser.click("#branding-save");
            browser.waitForText("#branding-form-error-summary", "4,5:1");
            assertThat(browser.visible("#branding-text-color").getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.checkAndKeep("settings-2-contrast-refused");
            browser.visible("#branding-text-color").clear();
            browser.click("#branding-save");
            browser.waitForText("#page-message", "sont enregistrés");

            browser.visible("#logo-file").sendKeys(logo.toAbsolutePath().toString());
            browser.click("#logo-save");
            browser.waitForText("#page-message", "logo est déposé");
            browser.visible("#logo-remove");
            browser.checkAndKeep("settings-3-logo");
        });
        assertThat(commune.admin().get("/api/planning/communes/" + commune.communeId).json()
                .path("retentionMonths").asInt()).isEqualTo(36);

        Browser.walk("citizen-in-the-communes-colours", Browser.PHONE, browser -> {
            browser.go(whole.url() + "/c/" + commune.communeId);
            browser.waitUntil("the commune's logo is shown", () -> browser.isShown("#logo"));
            WebElement banner = browser.visible(".banner");
            browser.waitUntil("the commune's colour", () -> banner.getCssValue("background-color").contains("255, 215, 0"));
            assertThat(browser.visible("#commune-name").getCssValue("color")).contains("22, 22, 22");
            assertThat(browser.visible("#logo").getDomAttribute("src")).startsWith("/api/branding/communes/"
                    + commune.communeId + "/logo");
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.getElementById('logo').naturalWidth > 0")).as("the logo is served").isTrue();
            browser.checkAndKeep("citizen-branded");
        });

        Browser.walk("operator-subscription", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/agent/connexion?retour=/agent/operateur");
            browser.type("#username", Gateway.PLATFORM_ADMIN);
            browser.type("#password", Gateway.PLATFORM_ADMIN_PASSWORD);
            browser.click("#login-submit");
            browser.waitForUrl("/agent/operateur");
            browser.click("#subscription-" + commune.communeId);
            browser.type("#subscription-plannings", "7");
            browser.visible("#subscription-sms").click();
            browser.type("#budget-amount", "12,50");
            browser.checkAndKeep("operator-subscription-form");
            browser.click("#subscription-save");
            browser.waitForText("#page-message", "est enregistré");
            assertThat(browser.visible("#sms-csv-" + commune.communeId).getDomAttribute("href"))
                    .isEqualTo("/api/notifications/operator/communes/" + commune.communeId + "/sms-usage.csv");
            browser.checkAndKeep("operator-subscription-saved");
        });
        Gateway operator = whole.gateway().platformAdministrator();
        JsonNode subscription = operator.get("/api/planning/operator/communes/" + commune.communeId).json()
                .path("subscription");
        assertThat(subscription.path("plannings").asInt()).isEqualTo(7);
        assertThat(subscription.path("sms").asBoolean()).isFalse();
        assertThat(operator.get("/api/notifications/operator/communes/" + commune.communeId + "/sms-budget").json()
                .path("monthly").decimalValue()).isEqualByComparingTo("12.50");
        Gateway.Reply csv = operator.get("/api/notifications/operator/communes/" + commune.communeId + "/sms-usage.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(commune.communeId);
    }

    private static void signIn(Browser browser, String page) {
        browser.go(whole.url() + "/agent/connexion?retour=" + page);
        browser.type("#username", ADMIN);
        browser.type("#password", PASSWORD);
        browser.click("#login-submit");
        browser.waitForUrl(page);
    }

    private static String rowOf(Browser browser, String username) {
        browser.waitForText("#accounts-table", username);
        return browser.driver.findElement(By.xpath("//tr[contains(., '" + username + "')]")).getText();
    }

    private static Path pngLogo() {
        try {
            BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, x / 2, 0x005a9c);
            }
            Path file = Files.createTempFile("logo-", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
