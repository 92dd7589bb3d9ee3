package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import fr.creneau.launcher.StackBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passport rush on real processes, with the limits as they ship: two booking-service processes behind two
 * gateways, every citizen on a loopback address of their own, spread over both gateways. Prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PassportRushTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CITIZENS = 300;
    private static final int ON_ONE_SLOT = 200;
    /** 300 arrivals in 45 s: the minute's rush, as steep as this 2-core machine serves without a time-out. */
    private static final Duration ARRIVING_EVERY = Duration.ofMillis(150);

    private static Stack stack;
    private static FakeTwilio twilio;
    private static RushCommune commune;

    @BeforeAll
    static void twoGatewaysTwoBookingServices() {
        // as shipped, notification-service does not start without a provider for its SMS: a fake Twilio, no dev inbox,
        // and e-mail off (this installation has no SMTP server)
        twilio = new FakeTwilio().start();
        StackBuilder builder = Stack.builder()
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                .environment(Service.NOTIFICATION, "NOTIFICATION_CHANNELS", "SMS");
        // to measure another bulkhead than the shipped one, e.g. Resilience4j's default: -Drush.bulkhead=25
        String bulkhead = System.getProperty("rush.bulkhead", "");
        if (!bulkhead.isBlank()) {
            builder.environment(Service.GATEWAY, "CRENEAU_GATEWAY_CIRCUITBREAKER_MAXCONCURRENTCALLS", bulkhead);
        }
        Path data = Path.of("target", "rush-stack").toAbsolutePath();
        WholeStack.deleteRecursively(data);
        stack = builder
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(data)
                .freePorts()
                .postgresSetting("fsync", "off")
                .instances(Service.BOOKING, 2)
                .instances(Service.GATEWAY, 2)
                .startupTimeout(Duration.ofMinutes(8))
                .build()
                .start();
        StackFigures.report(StackFigures.describe("rush stack just started", stack));
        commune = RushCommune.open(new Gateway(stack.gatewayUrls().get(1)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            StackFigures.report(StackFigures.describe("rush stack at the end", stack));
            stack.stop();
        }
        if (twilio != null) {
            twilio.stop();
        }
    }

    @Test
    @Order(2)
    void threeHundredCitizensFromThreeHundredAddressesEachHoldASlotWithinAMinute() throws Exception {
        List<JsonNode> slots = commune.slotsOf(new Gateway(stack.gatewayUrl()), commune.largeCounterId,
                18 * RushCommune.LARGE_DAYS);

        Rush rush = Rush.of(CITIZENS, ARRIVING_EVERY, n -> {
            LoopbackCitizen citizen = citizen(1, n);
            LoopbackCitizen.Answer listed = citizen.get(commune.availability());
            if (listed.status() != 200) {
                return listed;
            }
            return citizen.post(RushCommune.reservations(), commune.reservation(slots.get(n % slots.size()), n));
        });
        StackFigures.report(rush.describe("rush, each citizen reads the slots then holds one"));
        StackFigures.report(CounterDayTurns.describe("after the 300", stack));

        assertThat(rush.serverErrors()).as(rush.statuses().toString()).isZero();
        assertThat(rush.count(201)).as(rush.statuses().toString()).isEqualTo(CITIZENS);
        assertThat(rush.span()).isLessThan(Duration.ofMinutes(1));
    }

    /** First: calls cut by the time limit in a slow rush open the circuit for 10 s, which this one would meet. */
    @Test
    @Order(1)
    void oneAddressSendingTwelveReservationsAtOnceIsCutOffWith429AndRetryAfter() throws Exception {
        List<JsonNode> slots = commune.slotsOf(new Gateway(stack.gatewayUrl()), commune.largeCounterId, 36);

        Rush bot = Rush.of(12, Duration.ZERO, n -> new LoopbackCitizen(LoopbackCitizen.address(2, 0),
                stack.gatewayUrls().get(n % 2)).post(RushCommune.reservations(),
                commune.reservation(slots.get(35 - n), 1_000 + n)));
        StackFigures.report(bot.describe("one address, 12 reservations at once through both gateways"));
        StackFigures.report(CounterDayTurns.describe("after the 12", stack));

        assertThat(bot.count(201)).as(bot.statuses().toString()).isEqualTo(10);
        assertThat(bot.answers()).filteredOn(answer -> answer.status() != 201).hasSize(2).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(Integer.parseInt(answer.retryAfter())).isBetween(1, 6);
            assertThat(answer.json().get("title").asText()).isEqualTo("Trop de demandes");
        });
    }

    @Test
    @Order(3)
    void twoHundredCitizensOnOneSlotForThreeHoldExactlyThreeAndTheOthersAreOfferedOthers() throws Exception {
        JsonNode slot = commune.slotsOf(new Gateway(stack.gatewayUrl()), commune.smallCounterId, 1).get(0);
        assertThat(slot.get("remaining").asInt()).isEqualTo(RushCommune.SMALL_AGENTS);

        Rush rush = Rush.of(ON_ONE_SLOT, Duration.ZERO, n -> citizen(3, n).post(RushCommune.reservations(),
                commune.reservation(slot, 2_000 + n)));
        StackFigures.report(rush.describe("200 citizens at once on one slot for 3"));
        StackFigures.report(CounterDayTurns.describe("after the 200 on one slot", stack));

        assertThat(rush.serverErrors()).as(rush.statuses().toString()).isZero();
        assertThat(rush.count(201)).as(rush.statuses().toString()).isEqualTo(RushCommune.SMALL_AGENTS);
        assertThat(rush.count(409)).as(rush.statuses().toString()).isEqualTo(ON_ONE_SLOT - RushCommune.SMALL_AGENTS);
        assertThat(rush.answers()).filteredOn(answer -> answer.status() == 409).allSatisfy(answer ->
                assertThat(answer.json().path("alternatives").size()).isPositive());
        assertThat(holdsStored(commune.smallCounterId + "/" + commune.monday, slot.get("start").asText()))
                .isEqualTo(RushCommune.SMALL_AGENTS);
    }

    /** Axon's serializer may write an instant as text or as decimal seconds. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value.asText());
    }

    private static LoopbackCitizen citizen(int block, int n) {
        return new LoopbackCitizen(LoopbackCitizen.address(block, n), stack.gatewayUrls().get(n % 2));
    }

    /** SlotReserved events of the counter-day at that start, read from booking-service's event store. */
    private static int holdsStored(String counterDayId, String start) throws Exception {
        String sql = "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?";
        int holds = 0;
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(Service.BOOKING),
                stack.databaseUser(), stack.databasePassword());
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, counterDayId);
            query.setString(2, "%.SlotReserved");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode stored = JSON.readTree(rows.getBytes("payload")).path("booking").path("range").path("start");
                    holds += instant(stored).equals(Instant.parse(start)) ? 1 : 0;
                }
            }
        }
        return holds;
    }
}
