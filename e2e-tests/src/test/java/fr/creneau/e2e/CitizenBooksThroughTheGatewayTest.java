package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton of the contract, steps 1 to 11, over HTTP through the gateway only, with every service
 * started from its packaged jar by the launcher, real PostgreSQL and Kafka, a fake Twilio and a real SMTP server.
 */
class CitizenBooksThroughTheGatewayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String MOBILE = "+33612345678";
    private static final String EMAIL = "jeanne@example.fr";

    private static FakeTwilio twilio;
    private static GreenMail smtp;
    private static Stack stack;
    private static Gateway gateway;

    @BeforeAll
    static void startEverything() throws IOException {
        twilio = new FakeTwilio().start();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path data = Path.of("target", "e2e-stack").toAbsolutePath();
        deleteRecursively(data);
        stack = Stack.builder()
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(data)
                .freePorts()
                .postgresSetting("fsync", "off")
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                .environment(Service.NOTIFICATION, "SMTP_HOST", "127.0.0.1")
                .environment(Service.NOTIFICATION, "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()))
                .environment(Service.NOTIFICATION, "MAIL_FROM", "ne-pas-repondre@creneau.test")
                .build()
                .start();
        StackFigures.report(StackFigures.describe("just started", stack));
        gateway = new Gateway(stack.gatewayUrl());
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            StackFigures.report(StackFigures.describe("after the walk", stack));
            stack.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (twilio != null) {
            twilio.stop();
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

        Map<String, String> sms = Eventually.poll("the one-time code is sent by SMS through Twilio",
                Duration.ofSeconds(60), twilio::messages, messages -> !messages.isEmpty()).get(0);
        assertThat(sms.get("To")).isEqualTo(MOBILE);
        assertThat(sms.get("From")).isEqualTo(FakeTwilio.FROM);
        String code = codeIn(sms.get("Body"));

        assertThat(smtp.waitForIncomingEmail(60_000, 1)).as("the code is also sent by e-mail").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(EMAIL);
        assertThat(GreenMailUtil.getBody(mail)).contains(code);

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
                () -> twilio.messages().size() + smtp.getReceivedMessages().length, sent -> sent > 2);

        var inbox = gateway.get("/api/notifications/dev-inbox");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        assertThat(inbox.json().isArray()).isTrue();

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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
