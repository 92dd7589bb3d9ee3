package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton of the contract, steps 1 to 11, over HTTP through the gateway only, with every service
 * started from its packaged jar by the launcher, real PostgreSQL and Kafka, a fake Twilio and a real SMTP server.
 */
@ExtendWith(WholeStack.Injected.class)
class CitizenBooksThroughTheGatewayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String MOBILE = "+33612345678";
    private static final String EMAIL = "jeanne@example.fr";

    private static WholeStack whole;
    private static Gateway gateway;

    @BeforeAll
    static void useTheStack(WholeStack stack) {
        whole = stack;
        gateway = whole.gateway();
    }

    @AfterAll
    static void reportTheStack() {
        if (whole != null) {
            StackFigures.report(StackFigures.describe("after the walk through the gateway", whole.stack));
        }
    }

    @Test
    void aCitizenBooksAndConfirmsASlotThatAnAgentOpened() throws Exception {
        LocalDate monday = LocalDate.now(PARIS).plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        Gateway platform = gateway.platformAdministrator();
        var commune = created(platform.post("/api/planning/communes",
                Map.of("slug", "villeneuve", "name", "Villeneuve", "timeZone", "Europe/Paris")));
        assertThat(commune.text("communeId")).isEqualTo("villeneuve");
        Gateway admin = gateway.newAccount(platform, "villeneuve", "COMMUNE_ADMIN");
        assertThat(admin.get("/api/me").json().get("communeId").asText()).isEqualTo("villeneuve");
        assertThat(gateway.get("/api/planning/communes/villeneuve/places").status())
                .as("nobody signed in").isEqualTo(401);

        String placeId = created(admin.post("/api/planning/communes/villeneuve/places",
                Map.of("name", "Mairie", "address", "1 place de la Mairie", "visibleOnPortal", true))).text("placeId");
        String typeId = created(admin.post("/api/planning/communes/villeneuve/appointment-types",
                Map.of("label", "Carte d'identité", "durationMinutes", 20, "bookingHorizon", "2m",
                        "minimumNotice", "60m"))).text("appointmentTypeId");
        String counterId = created(admin.post("/api/planning/communes/villeneuve/counters",
                Map.of("placeId", placeId, "name", "Guichet 1", "appointmentTypeIds", List.of(typeId))))
                .text("counterId");
        String weekId = created(admin.post("/api/planning/communes/villeneuve/reference-weeks",
                Map.of("name", "Semaine type", "days", Map.of(
                        "MONDAY", List.of("09h00-12h00", "13h30-17h00"), "TUESDAY", List.of("09h00-12h00")))))
                .text("referenceWeekId");
        assertThat(List.of(placeId, typeId, counterId, weekId)).allSatisfy(id -> assertThat(id).isNotBlank());

        created(admin.post("/api/planning/communes/villeneuve/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", weekId, "from", monday.toString(), "to", monday.plusWeeks(4).toString(),
                        "agents", 2)));

        String availability = "/api/booking/communes/villeneuve/availability?appointmentTypeId=" + typeId
                + "&from=" + monday + "&to=" + monday.plusDays(6);
        JsonNode slot = Eventually.poll("the planning reaches booking-service through planning.events",
                Duration.ofSeconds(90), () -> gateway.get(availability),
                reply -> reply.status() == 200 && reply.json().path("slots").size() > 0)
                .json().get("slots").get(0);
        Instant start = Instant.parse(slot.get("start").asText());
        assertThat(slot.get("counterId").asText()).isEqualTo(counterId);
        assertThat(slot.get("placeId").asText()).isEqualTo(placeId);
        assertThat(slot.get("remaining").asInt()).isPositive();
        assertThat(Duration.between(start, Instant.parse(slot.get("end").asText()))).isEqualTo(Duration.ofMinutes(20));
        assertThat(start.atZone(PARIS).toLocalDate()).isEqualTo(monday);
        assertThat(start.atZone(PARIS).toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));

        var held = created(gateway.post("/api/booking/communes/villeneuve/reservations", Map.of(
                "appointmentTypeId", typeId, "counterId", counterId, "start", start.toString(), "persons", 1,
                "citizen", Map.of("fullName", "Jeanne Martin", "email", EMAIL, "mobile", MOBILE))));
        String appointmentId = held.text("appointmentId");
        assertThat(held.text("status")).isEqualTo("HELD");
        assertThat(Instant.parse(held.text("holdExpiresAt"))).isAfter(Instant.now());

        Messages citizen = new Messages(whole, MOBILE, EMAIL);
        Map<String, String> sms = Eventually.poll("the one-time code is sent by SMS through Twilio",
                Duration.ofSeconds(60), () -> whole.twilio.messages().stream()
                        .filter(message -> MOBILE.equals(message.get("To"))).toList(),
                messages -> !messages.isEmpty()).get(0);
        assertThat(sms.get("From")).isEqualTo(FakeTwilio.FROM);
        String code = codeIn(sms.get("Body"));

        citizen.awaitMail("the code is also sent by e-mail", text -> text.contains(code));

        var refused = gateway.post("/api/booking/appointments/" + appointmentId + "/confirmation",
                Map.of("code", wrong(code)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("triesLeft").asInt()).isPositive();
        assertThat(refused.text("detail")).isNotBlank();

        var confirmed = gateway.post("/api/booking/appointments/" + appointmentId + "/confirmation",
                Map.of("code", code));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.text("appointmentId")).isEqualTo(appointmentId);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");

        Eventually.poll("a confirmation is sent by SMS or e-mail", Duration.ofSeconds(60),
                () -> citizen.sms().size() + citizen.mails().size(), sent -> sent > 2);

        // as shipped (a bare jar, docker-compose), the dev inbox is off: nothing published, nothing parked
        var inbox = gateway.get("/api/notifications/dev-inbox?limit=1000");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(404);
        assertThat(inbox.contentType()).startsWith("application/problem+json");
        assertThat(inbox.body()).doesNotContain(code);
        assertThat(gateway.get("/dev/inbox").status()).isEqualTo(404);

        JsonNode summary = Eventually.poll("stats-service counts the confirmed booking", Duration.ofSeconds(60),
                () -> admin.get("/api/stats/communes/villeneuve/summary"),
                reply -> reply.status() == 200 && reply.json().path("confirmed").asInt() == 1).json();
        assertThat(summary.get("communeId").asText()).isEqualTo("villeneuve");
        assertThat(summary.get("cancelled").asInt()).isZero();
    }

    private static Gateway.Reply created(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).as("a 6-digit code in: " + text).isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }
}
