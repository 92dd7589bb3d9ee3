package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen who chose a slot on the ANTS' national site follows its link in headless Chromium: our page opens on
 * that type with that slot taken, asks for the contact and the pre-application number, goes straight to the recap,
 * and the booking confirmed with the SMS code is declared to the (fake) ANTS. axe-core checks every state.
 */
@ExtendWith({Browser.Installed.class, WholeStack.Injected.class})
class CitizenBooksFromTheAntsInABrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WholeStack whole;
    private static String placeId;

    @BeforeAll
    static void aCommuneConnectedToTheAnts(WholeStack stack) {
        whole = stack;
        CommuneSetup commune = CommuneSetup.create(whole, "ants-en-ligne", "Ants-en-Ligne");
        placeId = commune.place("Mairie d'Ants-en-Ligne", "3 place de la Poste 69200 Ants-en-Ligne");
        String typeId = commune.appointmentType(Map.of("label", "Carte d'identité", "durationMinutes", 20,
                "bookingHorizon", "3m", "minimumNotice", "60m", "antsNumberRequired", true));
        String counterId = commune.counter(placeId, "Guichet titres", typeId);
        commune.open(counterId, commune.weekdaysReferenceWeek(), FurnishedCommune.MONDAY,
                FurnishedCommune.MONDAY.plusWeeks(6), 1);
        commune.awaitBookable(List.of(typeId), List.of(typeId), FurnishedCommune.MONDAY);
        Gateway.Reply saved = commune.admin().put("/api/booking/agent/communes/ants-en-ligne/ants/settings", Map.of(
                "enabled", true, "reasons", Map.of("CNI", Map.of("appointmentTypeId", typeId))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void aSlotChosenOnTheNationalSiteIsTakenOnOurPageBookedAndDeclared() throws Exception {
        LocalDate today = LocalDate.now(FurnishedCommune.PARIS);
        JsonNode slots = asTheAnts("/api/booking/ants/availableTimeSlots?meeting_point_ids=%s&start_date=%s&end_date=%s"
                .formatted(placeId, today, today.plusMonths(2)) + "&reason=CNI&documents_number=1");
        JsonNode chosen = slots.get(placeId).get(1);
        LocalDateTime wallClock = LocalDateTime.parse(chosen.get("datetime").asText().replace("Z", ""));
        URI link = URI.create(chosen.get("callback_url").asText());
        String number = FakeAnts.newNumber();
        whole.ants.status(number, "validated");
        String mobile = "+33698765420";
        Messages messages = new Messages(whole, mobile, "camille.ants@example.fr");

        Browser.walk("from-the-ants", Browser.PHONE, browser -> {
            browser.go(whole.url() + link.getRawPath() + "?" + link.getRawQuery());
            browser.waitForStep("info");
            browser.waitForText("#step-info-title", wallClock.format(DateTimeFormatter.ofPattern("HH:mm")));
            assertThat(browser.visible("#step-info-title").getText()).contains("Carte d'identité");
            browser.checkAndKeep("1-the-slot-of-the-national-site");
            browser.click("#info-form button[type=submit]");

            browser.waitForStep("contact");
            browser.type("#fullName", "Camille Ants");
            browser.type("#email", "camille.ants@example.fr");
            browser.type("#mobile", mobile);
            browser.type("#ants-0", number);
            browser.checkAndKeep("2-contact-and-number");
            browser.click("#contact-form button[type=submit]");

            browser.waitForStep("recap");
            String recap = browser.visible("#recap-list").getText();
            assertThat(recap).contains("Carte d'identité", "Camille Ants", number,
                    wallClock.format(DateTimeFormatter.ofPattern("HH:mm")));
            browser.checkAndKeep("3-recap-without-choosing-again");
            browser.click("#reserve");

            browser.waitForStep("code");
            browser.type("#code", messages.awaitCode(0));
            browser.click("#code-form button[type=submit]");
            browser.waitForStep("done");
            browser.checkAndKeep("4-confirmed");
        });

        var declared = Eventually.poll("the booking is declared to the ANTS", Duration.ofSeconds(60),
                () -> whole.ants.accepted("POST", number), list -> !list.isEmpty()).get(0);
        assertThat(declared.queryParameter("meeting_point_id").firstValue()).isEqualTo(placeId);
        assertThat(declared.queryParameter("appointment_date").firstValue())
                .isEqualTo(wallClock.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        JsonNode after = asTheAnts("/api/booking/ants/availableTimeSlots?meeting_point_ids=%s&start_date=%s&end_date=%s"
                .formatted(placeId, today, today.plusMonths(2)) + "&reason=CNI&documents_number=1");
        assertThat(after.get(placeId).findValuesAsText("datetime")).doesNotContain(chosen.get("datetime").asText())
                .contains(slots.get(placeId).get(0).get("datetime").asText());
    }

    private static JsonNode asTheAnts(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(whole.url() + path))
                .header("X-HUB-RDV-AUTH-TOKEN", FakeAnts.EDITOR_TOKEN).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
