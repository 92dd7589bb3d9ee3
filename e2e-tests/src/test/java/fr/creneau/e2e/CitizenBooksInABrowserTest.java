package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's walk (seed citizen-booking-walkthrough.txt) in headless Chromium over the whole stack: on a phone
 * and on a desktop, with the code read from the fake Twilio, the links read from the messages, axe-core on every
 * state of the pages and screenshots in target/screenshots.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class CitizenBooksInABrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static WholeStack whole;
    private static CommuneSetup commune;
    private static String idCard;
    private static String civilStatus;
    private static String schoolEnrolment;

    @BeforeAll
    static void openACommuneWithTwoPlaces(WholeStack stack) {
        whole = stack;
        commune = CommuneSetup.create(whole, "bourg-en-ligne", "Bourg-en-Ligne");
        String mairie = commune.place("Mairie", "1 place de la Mairie");
        String annexe = commune.place("Mairie annexe", "12 rue des Écoles");
        idCard = commune.appointmentType(Map.ofEntries(entry("label", "Carte d'identité"),
                entry("details", "Dépôt d'une demande de carte nationale d'identité, en présence de chaque personne."),
                entry("durationMinutes", 20), entry("bookingHorizon", "2m"), entry("minimumNotice", "60m"),
                entry("options", List.of(Map.of("label", "Première demande"), Map.of("label", "Renouvellement"))),
                entry("maxPersons", 3), entry("durationGrowsWithPersons", true),
                entry("citizenInformation", "Apportez votre pré-demande ANTS, une photo d'identité et un justificatif de domicile."),
                entry("rgpdText", "La mairie de Bourg-en-Ligne traite vos données pour gérer ce rendez-vous, puis les efface."),
                entry("antsNumberRequired", true)));
        civilStatus = commune.appointmentType(Map.of("label", "Acte d'état civil", "durationMinutes", 15,
                "citizenInformation", "Apportez votre livret de famille."));
        schoolEnrolment = commune.appointmentType(Map.of("label", "Inscription scolaire", "durationMinutes", 30));
        String week = commune.weekdaysReferenceWeek();
        String counter = commune.counter(mairie, "Guichet 1", idCard, civilStatus);
        String annexeCounter = commune.counter(annexe, "Guichet annexe", idCard, civilStatus);
        commune.counter(mairie, "Guichet des écoles (pas encore ouvert)", schoolEnrolment);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        commune.open(counter, week, tomorrow, tomorrow.plusWeeks(4), 1);
        commune.open(annexeCounter, week, tomorrow, tomorrow.plusWeeks(4), 1);
        commune.awaitBookable(List.of(idCard, civilStatus), List.of(idCard, civilStatus, schoolEnrolment), tomorrow);
    }

    @Test
    void onAPhoneACitizenBooksForTwoConfirmsWithTheSmsCodeAndCancelsFromTheLinkInTheSms() {
        Messages messages = new Messages(whole, "+33612340001", "lea.moreau@example.fr");
        Browser.walk("phone", Browser.PHONE, browser -> {
            assertThat(browser.viewportWidth()).isLessThanOrEqualTo(Browser.PHONE.width);
            browser.go(whole.url() + "/c/" + commune.communeId);
            browser.waitForStep("type");
            browser.waitForText("#commune-name", "Bourg-en-Ligne");
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            browser.checkAndKeep("1-type");

            browser.click("#type-list button[data-type-id='" + idCard + "']");
            browser.waitForStep("info");
            assertThat(browser.visible("#type-details").getText()).contains("carte nationale d'identité");
            assertThat(browser.visible("#type-information").getText()).contains("justificatif de domicile");
            assertThat(browser.visible("#rgpd-text").getText()).contains("traite vos données");
            browser.click("#info-form button[type=submit]");
            assertThat(browser.visible("#option-error").getText()).isEqualTo("Choisissez une option.");
            browser.checkAndKeep("2-information-option-missing");
            browser.click("label[for=option-1]");
            browser.click("#info-form button[type=submit]");

            browser.waitForStep("persons");
            browser.type("#persons", "4");
            browser.click("#persons-form button[type=submit]");
            assertThat(browser.visible("#persons-error").getText()).contains("entre 1 et 3");
            browser.checkAndKeep("3-persons-too-many");
            browser.type("#persons", "2");
            browser.click("#persons-form button[type=submit]");

            browser.waitForStep("contact");
            assertThat(browser.visible("label[for=fullName]").getText()).endsWith("*");
            browser.click("#contact-form button[type=submit]");
            assertThat(browser.visible("#fullName-error").getText()).contains("obligatoire");
            assertThat(browser.visible("#ants-1-error").getText()).contains("obligatoire");
            assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("fullName");
            browser.type("#email", "pas-une-adresse");
            browser.checkAndKeep("4-contact-errors");
            browser.type("#fullName", "Léa Moreau");
            browser.type("#email", "lea.moreau@example.fr");
            browser.type("#mobile", "+33612340001");
            browser.type("#ants-0", "AB12CD34EF");
            browser.type("#ants-1", "gh56ij78kl");
            browser.click("#contact-form button[type=submit]");

            browser.waitForStep("slot");
            WebElement slot = firstSlot(browser);
            assertThat(browser.driver.findElements(By.cssSelector("#place-filter option"))).hasSize(3);
            browser.checkAndKeep("5-slots");
            slot.click();

            browser.waitForStep("recap");
            String recap = browser.visible("#recap-list").getText();
            assertThat(recap).contains("Carte d'identité", "Renouvellement", "Léa Moreau", "AB12CD34EF, GH56IJ78KL");
            browser.checkAndKeep("6-recap");
            browser.click("#reserve");

            browser.waitForStep("code");
            String code = messages.awaitCode(0);
            browser.type("#code", wrong(code));
            browser.click("#code-form button[type=submit]");
            browser.waitForText("#code-error", "essai");
            browser.checkAndKeep("7-code-wrong-tries-left");
            browser.type("#code", code);
            browser.click("#code-form button[type=submit]");

            browser.waitForStep("done");
            assertThat(browser.visible("#step-done-title").getText()).isEqualTo("Votre rendez-vous est confirmé");
            browser.checkAndKeep("8-confirmed");

            String sms = messages.awaitSms("the confirmation", text -> text.contains("/gerer/"));
            browser.go(Messages.link(sms, "/gerer/"));
            browser.waitForStep("manage");
            browser.waitForText("#manage-recap", "Carte d'identité");
            assertThat(browser.visible("#manage-recap").getText()).contains("Confirmé", "Renouvellement");
            browser.checkAndKeep("9-manage");
            browser.click("#manage-edit");
            browser.type("#edit-email", "pas-une-adresse");
            browser.click("#edit-form button[type=submit]");
            assertThat(browser.visible("#edit-email-error").getText()).contains("adresse e-mail");
            browser.checkAndKeep("9a-edit-errors");
            browser.type("#edit-email", "");
            browser.type("#edit-remark", "Je viendrai avec ma fille");
            browser.click("#edit-form button[type=submit]");
            browser.waitForText("#alert", "informations sont modifiées");
            assertThat(browser.isShown("#edit-form")).isFalse();
            browser.checkAndKeep("9b-edited");
            browser.click("#waiting-join");
            browser.waitForText("#waiting-status", "liste d'attente");
            assertThat(browser.isShown("#waiting-join")).isFalse();
            assertThat(browser.isShown("#waiting-leave")).isTrue();
            browser.checkAndKeep("9b1-waiting-list");
            browser.click("#waiting-leave");
            browser.waitForText("#waiting-status", "n'êtes plus sur la liste d'attente");
            assertThat(browser.isShown("#waiting-join")).isTrue();
            assertThat(messages.awaitSms("the notice of the change", text -> text.contains("a été modifié")))
                    .contains("2 personne(s)");
            String before = browser.visible("#manage-recap").getText();
            browser.click("#manage-reschedule");
            browser.waitForStep("slot");
            firstSlot(browser);
            List<WebElement> slots = browser.driver.findElements(By.cssSelector("#slot-days button.slot"));
            slots.get(slots.size() - 1).click();
            browser.waitForStep("manage");
            browser.waitForText("#alert", "déplacé");
            assertThat(browser.visible("#manage-recap").getText()).isNotEqualTo(before);
            browser.checkAndKeep("9c-moved");
            browser.click("#manage-cancel");
            assertThat(browser.visible("#cancel-confirm").getText()).contains("Êtes-vous sûr");
            browser.checkAndKeep("10-cancel-are-you-sure");
            browser.click("#cancel-yes");
            browser.waitForText("#alert", "annulé");
            browser.waitForText("#manage-recap", "Annulé");
            assertThat(browser.isShown("#manage-cancel")).isFalse();
            assertThat(browser.visible("#manage-again-link").getDomAttribute("href"))
                    .isEqualTo("/c/" + commune.communeId + "?motif=" + idCard);
            browser.checkAndKeep("11-cancelled");
        });
    }

    @Test
    void onADesktopInEnglishACitizenWhoseSlotIsTakenPicksAnAlternativeMovesToAProposedSlotAndCancelsFromTheEmail() {
        Messages messages = new Messages(whole, "+33612340002", "sam.durand@example.fr");
        Browser.walk("desktop", Browser.DESKTOP, browser -> {
            browser.go(whole.url() + "/c/" + commune.communeId);
            browser.waitForStep("type");
            browser.click("#lang-switch");
            browser.waitForText("#step-type-title", "Choose the reason for your appointment");
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            browser.checkAndKeep("1-type-in-english");
            browser.click("#type-list button[data-type-id='" + civilStatus + "']");
            browser.waitForStep("info");
            browser.click("#info-form button[type=submit]");

            browser.waitForStep("contact");
            browser.type("#fullName", "Sam Durand");
            browser.type("#email", "sam.durand@example.fr");
            browser.type("#mobile", "+33612340002");
            browser.type("#remark", "Wheelchair access, please");
            browser.click("#contact-form button[type=submit]");

            browser.waitForStep("slot");
            WebElement slot = firstSlot(browser);
            String counterId = slot.getDomAttribute("data-counter-id");
            String start = slot.getDomAttribute("data-start");
            browser.checkAndKeep("2-slots");
            slot.click();
            browser.waitForStep("recap");
            commune.holdBySomeoneElse(civilStatus, counterId, start, "+33612340003");
            browser.click("#reserve");

            browser.waitForStep("slot");
            browser.waitForText("#alert", "just taken");
            WebElement alternative = browser.visible("#alternatives button.slot");
            assertThat(alternative.getDomAttribute("data-start") + alternative.getDomAttribute("data-counter-id"))
                    .isNotEqualTo(start + counterId);
            browser.checkAndKeep("3-slot-just-taken-alternatives");
            alternative.click();
            browser.waitForStep("recap");
            assertThat(browser.visible("#recap-list").getText()).contains("Wheelchair access, please");
            browser.click("#reserve");

            browser.waitForStep("code");
            browser.checkAndKeep("4-code");
            String code = messages.awaitCode(0);
            assertThat(messages.sms().get(messages.sms().size() - 1))
                    .startsWith("Your appointment confirmation code: " + code + ". It is valid until ");
            browser.type("#code", code);
            browser.click("#code-form button[type=submit]");
            browser.waitForStep("done");
            assertThat(browser.visible("#step-done-title").getText()).isEqualTo("Your appointment is confirmed");
            browser.checkAndKeep("5-confirmed");

            String mail = messages.awaitMail("the confirmation", text -> text.contains("/annulation"));
            assertThat(mail).startsWith("Hello Sam Durand,").contains("Documents to bring: Apportez votre livret");
            assertThat(messages.awaitSms("the confirmation", text -> text.contains("/gerer/")))
                    .startsWith("Appointment confirmed on ");
            String manageLink = Messages.link(mail, "/gerer/");
            assertThat(manageLink).endsWith("?lang=en");
            JsonNode proposed = freeSlotOtherThan(alternative.getDomAttribute("data-start"));
            browser.go(manageLink + "&creneau=" + URLEncoder.encode(proposed.get("start").asText(), StandardCharsets.UTF_8)
                    + "&guichet=" + URLEncoder.encode(proposed.get("counterId").asText(), StandardCharsets.UTF_8));
            browser.waitForStep("manage");
            assertThat(browser.visible("#proposal-text").getText()).contains("offers you");
            browser.checkAndKeep("6-proposed-slot");
            browser.click("#proposal-yes");
            browser.waitForText("#alert", "moved");

            String cancelLink = Messages.links(mail, "/gerer/").stream().filter(link -> link.endsWith("/annulation?lang=en"))
                    .findFirst().orElseThrow();
            browser.go(cancelLink);
            browser.waitForStep("manage");
            assertThat(browser.visible("#cancel-confirm").getText()).contains("Are you sure");
            browser.checkAndKeep("7-cancel-link-are-you-sure");
            browser.click("#cancel-yes");
            browser.waitForText("#manage-recap", "Cancelled");
            browser.checkAndKeep("8-cancelled");
        });
    }

    @Test
    void whenNoSlotIsOpenInTheHorizonTheCitizenIsToldWhatToDo() {
        Browser.walk("phone-no-slot", Browser.PHONE, browser -> {
            reachTheSlots(browser, schoolEnrolment, "Inès Petit", "ines.petit@example.fr", "06 12 34 00 04");
            browser.waitForText("#no-slot", "Aucun créneau n'est disponible");
            assertThat(browser.isShown("#first-free")).isFalse();
            assertThat(browser.visible("#next-week").isEnabled()).isFalse();
            browser.checkAndKeep("no-slot-in-the-horizon");
        });
    }

    @Test
    void whenTheHoldRunsOutBeforeTheCodeIsTypedTheCitizenIsSentBackToTheSlots() {
        Browser.walk("phone-hold-expired", Browser.PHONE, browser -> {
            reachTheCode(browser, "Hugo Lambert", "hugo.lambert@example.fr", "07 12 34 00 05");
            assertThat(browser.visible("#hold-timer").getText()).contains("réservé jusqu'à");

            // the page's own clock jumps past the ten minutes of the hold, as if the citizen had left the page open
            browser.driver.executeScript("const real = Date.now; Date.now = () => real() + 11 * 60 * 1000;");

            browser.waitForStep("slot");
            browser.waitForText("#alert", "Le délai pour confirmer est dépassé");
            browser.visible("#slot-days button.slot");
            browser.checkAndKeep("hold-expired");
        });
    }

    @Test
    void afterTheLastWrongCodeTheSlotIsReleasedAndTheCitizenChoosesAgain() {
        Browser.walk("phone-no-tries-left", Browser.PHONE, browser -> {
            reachTheCode(browser, "Zoé Garnier", "zoe.garnier@example.fr", "+33712340006");
            String wrong = wrong(new Messages(whole, "+33712340006", "zoe.garnier@example.fr").awaitCode(0));
            for (int tries = 4; tries >= 1; tries--) {
                browser.type("#code", wrong);
                browser.click("#code-form button[type=submit]");
                browser.waitForText("#code-error", tries + " essai");
            }
            browser.type("#code", wrong);
            browser.click("#code-form button[type=submit]");

            browser.waitForStep("slot");
            browser.waitForText("#alert", "Aucun essai restant");
            browser.visible("#slot-days button.slot");
            browser.checkAndKeep("no-tries-left");
        });
    }

    /** A booking of the civil status type, up to the step where the code is typed. */
    private static void reachTheCode(Browser browser, String name, String email, String mobile) {
        reachTheSlots(browser, civilStatus, name, email, mobile);
        firstSlot(browser).click();
        browser.waitForStep("recap");
        browser.click("#reserve");
        browser.waitForStep("code");
    }

    /** From the commune's page to the slots of a type without options, for one person. */
    private static void reachTheSlots(Browser browser, String typeId, String name, String email, String mobile) {
        browser.go(whole.url() + "/c/" + commune.communeId);
        browser.waitForStep("type");
        browser.click("#type-list button[data-type-id='" + typeId + "']");
        browser.waitForStep("info");
        browser.click("#info-form button[type=submit]");
        browser.waitForStep("contact");
        browser.type("#fullName", name);
        browser.type("#email", email);
        browser.type("#mobile", mobile);
        browser.click("#contact-form button[type=submit]");
        browser.waitForStep("slot");
    }

    @Test
    void theWidgetOnTheCommunesOwnSiteTakesItsColoursAndLogo() {
        WireMockServer site = new WireMockServer(options().dynamicPort());
        site.start();
        try {
            Browser.walk("widget", Browser.DESKTOP, browser -> {
                site.stubFor(get(urlEqualTo("/logo.svg")).willReturn(aResponse().withHeader("Content-Type", "image/svg+xml")
                        .withBody("<svg xmlns='http://www.w3.org/2000/svg' width='80' height='40'>"
                                + "<rect width='80' height='40' fill='#1d3557'/></svg>")));
                site.stubFor(get(urlEqualTo("/rendez-vous")).willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=utf-8").withBody("""
                                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de Bourg-en-Ligne</title></head>
                                <body><main><h1>Prendre rendez-vous en mairie</h1>
                                <div data-creneau-commune="%s" data-color="#ffd200" data-logo="%s/logo.svg"></div>
                                </main><script src="%s/widget.js"></script></body></html>
                                """.formatted(commune.communeId, site.baseUrl(), whole.url()))));

                browser.go(site.baseUrl() + "/rendez-vous");
                browser.driver.switchTo().frame(browser.visible("iframe"));
                browser.waitForStep("type");
                assertThat(browser.visible(".banner").getCssValue("background-color")).isEqualTo("rgba(255, 210, 0, 1)");
                assertThat(browser.visible(".commune-name").getCssValue("color")).isEqualTo("rgba(22, 22, 22, 1)");
                assertThat(browser.visible("#logo").getDomProperty("naturalWidth")).isEqualTo("80");
                assertThat(browser.isShown(".footer")).isFalse();
                browser.assertAccessible("inside the frame");
                browser.driver.switchTo().defaultContent();
                browser.checkAndKeep("on-the-communes-site");
            });
        } finally {
            site.stop();
        }
    }

    /** The first free slot shown, going to the first free week if this one is empty (a weekend). */
    private static WebElement firstSlot(Browser browser) {
        Eventually.poll("slots or the first free one are shown", Duration.ofSeconds(20),
                () -> browser.isShown("#slot-days button.slot") || browser.isShown("#first-free"), shown -> shown);
        if (!browser.isShown("#slot-days button.slot")) {
            browser.click("#first-free");
        }
        return browser.visible("#slot-days button.slot");
    }

    private static JsonNode freeSlotOtherThan(String start) {
        LocalDate from = LocalDate.now(PARIS).plusDays(1);
        JsonNode slots = whole.gateway().get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(commune.communeId, civilStatus, from, from.plusDays(14))).json().get("slots");
        for (JsonNode slot : slots) {
            if (!slot.get("start").asText().equals(start)) {
                return slot;
            }
        }
        throw new AssertionError("no other free slot: " + slots);
    }

    private static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }
}
