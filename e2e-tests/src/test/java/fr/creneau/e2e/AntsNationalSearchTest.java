package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ANTS on the packaged stack: its national site finds our slots through the gateway, a citizen books through
 * the returned link with a validated number and the appointment is declared; a consumed number is refused; a
 * cancellation is withdrawn; with the ANTS down for a while, the declarations wait and are then delivered.
 */
@ExtendWith(WholeStack.Injected.class)
class AntsNationalSearchTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WholeStack whole;
    private static CommuneSetup commune;
    private static String placeId;
    private static String typeId;
    private static String counterId;

    @BeforeAll
    static void aCommuneConnectedToTheAnts(WholeStack stack) {
        whole = stack;
        commune = CommuneSetup.create(whole, "ants-ville", "Ants-Ville");
        placeId = commune.place("Mairie d'Ants-Ville", "2 rue de la Poste 69100 Ants-Ville");
        typeId = commune.appointmentType(Map.of("label", "Carte d'identité", "durationMinutes", 20,
                "bookingHorizon", "3m", "minimumNotice", "60m", "antsNumberRequired", true));
        counterId = commune.counter(placeId, "Guichet titres", typeId);
        commune.open(counterId, commune.weekdaysReferenceWeek(), FurnishedCommune.MONDAY,
                FurnishedCommune.MONDAY.plusWeeks(6), 2);
        commune.awaitBookable(List.of(typeId), List.of(typeId), FurnishedCommune.MONDAY);
        Gateway.Reply saved = commune.admin().put("/api/booking/agent/communes/ants-ville/ants/settings", Map.of(
                "enabled", true, "reasons", Map.of("CNI", Map.of("appointmentTypeId", typeId)),
                "whenDeclaredElsewhere", "REFUSE", "whenUnanswered", "ACCEPT"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void theNationalSiteFindsASlotAndTheBookingThroughItsLinkIsDeclaredThenWithdrawn() throws Exception {
        JsonNode points = asTheAnts("/api/booking/ants/getManagedMeetingPoints");
        assertThat(points.findValuesAsText("id")).contains(placeId);

        LocalDate today = LocalDate.now(FurnishedCommune.PARIS);
        JsonNode slots = asTheAnts("/api/booking/ants/availableTimeSlots?meeting_point_ids=%s&start_date=%s"
                .formatted(placeId, today) + "&end_date=%s&reason=CNI&documents_number=1".formatted(today.plusMonths(3)));
        JsonNode first = slots.get(placeId).get(0);
        Map<String, String> link = query(first.get("callback_url").asText());
        assertThat(link).containsEntry("motif", typeId).containsEntry("guichet", counterId);
        Instant start = Instant.parse(link.get("creneau"));
        assertThat(first.get("datetime").asText()).isEqualTo(
                start.atZone(FurnishedCommune.PARIS).toLocalDateTime() + ":00Z");
        URI page = URI.create(first.get("callback_url").asText());
        HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(URI.create(whole.url() + page.getRawPath()
                + "?" + page.getRawQuery())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("citizen.js");

        String number = FakeAnts.newNumber();
        whole.ants.status(number, "validated");
        String mobile = "+33698765401";
        Gateway citizen = whole.gateway();
        Gateway.Reply held = citizen.post("/api/booking/communes/ants-ville/reservations", Map.of(
                "appointmentTypeId", link.get("motif"), "counterId", link.get("guichet"), "start", start.toString(),
                "persons", Integer.parseInt(link.get("personnes")),
                "citizen", Map.of("fullName", "Louise Michel", "mobile", mobile), "antsNumbers", List.of(number)));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        String appointmentId = held.text("appointmentId");
        String code = codeSentTo(mobile);
        Gateway.Reply confirmed = citizen.post("/api/booking/appointments/" + appointmentId + "/confirmation",
                Map.of("code", code));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        LoggedRequest declared = Eventually.poll("the appointment is declared to the ANTS", Duration.ofSeconds(60),
                () -> whole.ants.accepted("POST", number), list -> !list.isEmpty()).get(0);
        assertThat(declared.queryParameter("meeting_point_id").firstValue()).isEqualTo(placeId);
        assertThat(declared.queryParameter("appointment_date").firstValue())
                .isEqualTo(start.atZone(FurnishedCommune.PARIS).toLocalDateTime() + ":00");
        JsonNode mine = asTheAnts("/api/booking/ants/searchApplicationIds?application_ids=" + number);
        assertThat(mine.get(number).get(0).get("meeting_point").asText()).isEqualTo("Mairie d'Ants-Ville");

        Gateway.Reply cancelled = commune.admin().post("/api/booking/agent/appointments/" + appointmentId
                + "/cancellation", Map.of("reason", "Demande de l'usager"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        LoggedRequest withdrawn = Eventually.poll("the cancelled appointment is withdrawn from the ANTS",
                Duration.ofSeconds(60), () -> whole.ants.accepted("DELETE", number), list -> !list.isEmpty()).get(0);
        assertThat(withdrawn.queryParameter("management_url").firstValue())
                .isEqualTo(declared.queryParameter("management_url").firstValue());
    }

    @Test
    void aConsumedNumberIsRefusedInFrench() {
        String number = FakeAnts.newNumber();
        whole.ants.status(number, "consumed");

        Gateway.Reply refused = whole.gateway().post("/api/booking/communes/ants-ville/reservations", Map.of(
                "appointmentTypeId", typeId, "counterId", counterId, "start", firstFreeSlot().toString(),
                "citizen", Map.of("fullName", "Jean Moulin", "mobile", "+33698765402"), "antsNumbers", List.of(number)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("a déjà servi");
    }

    @Test
    void withTheAntsDownForAWhileBookingGoesOnAndTheDeclarationsAreDeliveredAfter() throws Exception {
        whole.ants.down();
        List<String> numbers = List.of(FakeAnts.newNumber(), FakeAnts.newNumber());
        try {
            for (int i = 0; i < numbers.size(); i++) {
                Gateway.Reply booked = commune.admin().post("/api/booking/agent/communes/ants-ville/appointments",
                        Map.of("channel", "PHONE", "appointment", Map.of("appointmentTypeId", typeId,
                                "counterId", counterId, "start", firstFreeSlot().toString(),
                                "citizen", Map.of("fullName", "Olympe de Gouges", "mobile", "+3369876541" + i),
                                "antsNumbers", List.of(numbers.get(i)))));
                assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            }
            for (String number : numbers) {
                Eventually.poll("a declaration is tried while the ANTS is down", Duration.ofSeconds(60),
                        () -> whole.ants.refused(number), refused -> refused > 0);
            }
            assertThat(whole.ants.accepted("POST", numbers.get(0))).isEmpty();
            JsonNode calls = commune.admin().get("/api/booking/agent/communes/ants-ville/ants/calls").json();
            assertThat(calls.findValuesAsText("outcome")).contains("FAILED");
        } finally {
            whole.ants.up();
        }
        for (String number : numbers) {
            Eventually.poll("the declaration is delivered once the ANTS is back", Duration.ofSeconds(120),
                    () -> whole.ants.accepted("POST", number), list -> list.size() == 1);
        }
    }

    private static Instant firstFreeSlot() {
        JsonNode slots = whole.gateway().get("/api/booking/communes/ants-ville/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(typeId, FurnishedCommune.MONDAY, FurnishedCommune.MONDAY.plusDays(30))).json().get("slots");
        return Instant.parse(slots.get(0).get("start").asText());
    }

    private static JsonNode asTheAnts(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(whole.url() + path))
                .header("X-HUB-RDV-AUTH-TOKEN", FakeAnts.EDITOR_TOKEN).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String codeSentTo(String mobile) {
        Map<String, String> sms = Eventually.poll("the one-time code is sent by SMS", Duration.ofSeconds(60),
                () -> whole.twilio.messages().stream().filter(message -> mobile.equals(message.get("To"))).toList(),
                messages -> !messages.isEmpty()).get(0);
        Matcher matcher = CODE.matcher(sms.get("Body"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
