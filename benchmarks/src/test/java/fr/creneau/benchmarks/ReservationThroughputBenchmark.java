package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import fr.creneau.launcher.StackBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens reserving slots through the gateway (each reservation: a command on a counter-day aggregate, an event
 * stored and published, a code sent), beside what PostgreSQL and Kafka allow on this machine in the same run.
 * The per-client limits of the gateway and of booking-service are lifted: every request comes from one address.
 */
class ReservationThroughputBenchmark {

    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));
    private static final String UNLIMITED = "1000000000";
    /** The services' JVM options, to compare e.g. the launcher's C1-only default with full JIT. */
    private static final String JVM_OPTIONS = System.getProperty("benchmark.jvmOptions", "");

    private static Stack stack;
    private static Api api;
    private static final AtomicLong citizens = new AtomicLong();

    @BeforeAll
    static void startTheStack() {
        StackBuilder builder = Stack.builder();
        if (!JVM_OPTIONS.isBlank()) {
            builder.jvmOptions(List.of(JVM_OPTIONS.trim().split("\\s+")));
        }
        stack = builder
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(Path.of("target", "benchmark-stack").toAbsolutePath())
                .freePorts()
                // no Twilio or SMTP here: the codes each reservation sends are parked in the dev inbox
                .devInbox(true)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_GENERAL_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_SENSITIVE_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_LOGIN_REQUESTS", UNLIMITED)
                .environment(Service.BOOKING, "SPRING_APPLICATION_JSON", """
                        {"booking": {"rate-limits": {"reservation-per-ip": {"limit": %s, "period": "PT1M"},
                                                     "code-per-ip": {"limit": %s, "period": "PT1M"}}}}
                        """.formatted(UNLIMITED, UNLIMITED))
                .build()
                .start();
        api = new Api(stack.gatewayUrl());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void reservationsThroughTheGatewayAgainstTheMachinesLimits() throws Exception {
        Commune commune = Commune.openForBooking(api, "bench" + System.currentTimeMillis() % 100000);
        List<JsonNode> slots = commune.slots(api);
        assertThat(slots).isNotEmpty();

        Load.run("warm-up", 4, Duration.ofSeconds(5), () -> reserve(commune, slots));
        List<LoadResult> results = new ArrayList<>();
        results.add(Load.run("reservation (POST, through the gateway)", 1, WINDOW, () -> reserve(commune, slots)));
        results.add(Load.run("reservation (POST, through the gateway)", 8, WINDOW, () -> reserve(commune, slots)));
        results.add(Load.run("availability of a week (GET, through gateway)", 8, WINDOW,
                () -> api.get(commune.availabilityPath(commune.firstDay(), 6)).status()));
        String scratch = stack.scratchDatabase("creneau_benchmark");
        results.add(MachineLimits.postgresSingleRowUpdates(scratch, stack.databaseUser(), stack.databasePassword(),
                1, WINDOW));
        results.add(MachineLimits.postgresSingleRowUpdates(scratch, stack.databaseUser(), stack.databasePassword(),
                8, WINDOW));
        results.add(MachineLimits.kafkaAcknowledgedSends(stack.kafkaBootstrapServers(), 2000));

        report(results);
        assertThat(results.get(1).outcome(201)).isPositive();
        assertThat(results.get(1).serverErrors()).isZero();
        assertThat(results.get(2).serverErrors()).isZero();
    }

    private static int reserve(Commune commune, List<JsonNode> slots) {
        long n = citizens.incrementAndGet();
        JsonNode slot = slots.get((int) (n % slots.size()));
        return api.post("/api/booking/communes/" + commune.id() + "/reservations", Map.of(
                "appointmentTypeId", commune.typeId(), "counterId", slot.get("counterId").asText(),
                "start", slot.get("start").asText(), "persons", 1,
                "citizen", Map.of("fullName", "Citoyen " + n, "email", "citoyen" + n + "@example.fr",
                        "mobile", "+336%08d".formatted(n % 100_000_000)))).status();
    }

    private static void report(List<LoadResult> results) throws IOException {
        StringBuilder text = new StringBuilder("Créneau benchmark, %d cores, windows of %d s, services' JVM: %s%n"
                .formatted(Runtime.getRuntime().availableProcessors(), WINDOW.toSeconds(),
                        JVM_OPTIONS.isBlank() ? "the launcher's default" : JVM_OPTIONS));
        results.forEach(result -> text.append(result.line()).append(System.lineSeparator()));
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A commune with one counter open every day, 08h00-20h00, 20 agents, over the coming weeks. */
    record Commune(String id, String typeId, LocalDate firstDay) {

        private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

        static Commune openForBooking(Api citizen, String slug) {
            Api platform = citizen.platformAdministrator();
            platform.post("/api/planning/communes", Map.of("slug", slug, "name", "Banc d'essai",
                    "timeZone", "Europe/Paris")).expect(201);
            Api api = citizen.newAccount(platform, slug, "COMMUNE_ADMIN");
            String base = "/api/planning/communes/" + slug;
            String placeId = api.post(base + "/places", Map.of("name", "Mairie", "address", "1 place de la Mairie",
                    "visibleOnPortal", true)).expect(201).json().get("placeId").asText();
            String typeId = api.post(base + "/appointment-types", Map.of("label", "Carte d'identité",
                    "durationMinutes", 20, "bookingHorizon", "3m", "minimumNotice", "60m"))
                    .expect(201).json().get("appointmentTypeId").asText();
            String counterId = api.post(base + "/counters", Map.of("placeId", placeId, "name", "Guichet 1",
                    "appointmentTypeIds", List.of(typeId))).expect(201).json().get("counterId").asText();
            Map<String, List<String>> days = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                days.put(day.name(), List.of("08h00-20h00"));
            }
            String weekId = api.post(base + "/reference-weeks", Map.of("name", "Tous les jours", "days", days))
                    .expect(201).json().get("referenceWeekId").asText();
            LocalDate first = LocalDate.now(PARIS).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            api.post(base + "/counters/" + counterId + "/schedules", Map.of("referenceWeekId", weekId,
                    "from", first.toString(), "to", first.plusWeeks(8).toString(), "agents", 20)).expect(201);
            return new Commune(slug, typeId, first);
        }

        String availabilityPath(LocalDate from, int days) {
            return "/api/booking/communes/" + id + "/availability?appointmentTypeId=" + typeId
                    + "&from=" + from + "&to=" + from.plusDays(days);
        }

        /** Waits for the planning to reach booking-service, then lists four weeks of slots. */
        List<JsonNode> slots(Api api) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                Api.Reply reply = api.get(availabilityPath(firstDay, 27));
                if (reply.status() == 200 && reply.json().path("slots").size() > 0) {
                    List<JsonNode> slots = new ArrayList<>();
                    reply.json().get("slots").forEach(slots::add);
                    return slots;
                }
                Thread.sleep(500);
            }
            return List.of();
        }
    }
}
