package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ANTS' national search as it calls us: {@code availableTimeSlots} for 50 meeting points over three months,
 * through the gateway, beside the trivial proxied route measured in the same run. The ANTS gives up after 15 s.
 */
class AntsTimeSlotsBenchmark {

    private static final Duration WINDOW = Measured.seconds("benchmark.seconds", 15);
    private static final int MEETING_POINTS = 50;
    private static final Duration ANTS_TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, String> ANTS = Map.of("X-HUB-RDV-AUTH-TOKEN", BenchmarkStack.ANTS_TOKEN);

    private static BenchmarkStack whole;

    @BeforeAll
    static void startTheStack() {
        whole = BenchmarkStack.start("ants-stack");
    }

    @AfterAll
    static void stopTheStack() {
        if (whole != null) {
            whole.close();
        }
    }

    @Test
    void fiftyMeetingPointsOverThreeMonthsAnswerWellWithinTheAntsTimeout() throws Exception {
        Api citizen = new Api(whole.stack.gatewayUrl(), Api.loopback(0));
        String run = Long.toString(System.currentTimeMillis() % 100000);
        List<BenchmarkCommune> communes = new ArrayList<>();
        for (int i = 0; communes.size() * BenchmarkCommune.PLACES < MEETING_POINTS; i++) {
            BenchmarkCommune commune = BenchmarkCommune.openForBooking(citizen, "ants" + run + "c" + i);
            Api admin = citizen.newAccount(citizen.platformAdministrator(), commune.id(), "COMMUNE_ADMIN");
            connect(admin, commune);
            communes.add(commune);
        }
        for (BenchmarkCommune commune : communes) {
            assertThat(commune.slots(citizen)).isNotEmpty();
        }
        List<String> points = new ArrayList<>();
        citizen.get("/api/booking/ants/getManagedMeetingPoints", ANTS).expect(200).json()
                .forEach(point -> points.add(point.get("id").asText()));
        assertThat(points).hasSizeGreaterThanOrEqualTo(MEETING_POINTS);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String search = "/api/booking/ants/availableTimeSlots?" + points.stream().limit(MEETING_POINTS)
                .map(id -> "meeting_point_ids=" + id).collect(Collectors.joining("&"))
                + "&start_date=" + today + "&end_date=" + today.plusMonths(3) + "&reason=CNI&documents_number=1";
        JsonNode answer = citizen.get(search, ANTS).expect(200).json();
        long slots = 0;
        for (JsonNode pointSlots : answer) {
            slots += pointSlots.size();
        }

        Clients clients = new Clients(whole.stack.gatewayUrl());
        Measured measured = new Measured(whole.stack);
        LoadResult trivial = measured.window("trivial", () -> Load.run("trivial proxied route (GET, 404)", 1, WINDOW,
                clients.each(api -> i -> api.get("/api/booking/manage/unknown-token").status())));
        LoadResult national = measured.window("ants 1", () -> Load.run("availableTimeSlots, 50 points, 3 months", 1,
                WINDOW, clients.each(api -> i -> api.get(search, ANTS).status())));
        LoadResult nationalFour = measured.window("ants 4", () -> Load.run("availableTimeSlots, 50 points, 3 months",
                4, WINDOW, clients.each(api -> i -> api.get(search, ANTS).status())));

        Report report = new Report("AntsTimeSlotsBenchmark", whole.heading(WINDOW));
        report.row(trivial, null).row(national, trivial).row(nationalFour, trivial);
        report.section("the answer:", List.of("%,d slots for %d meeting points, %,d bytes of JSON".formatted(slots,
                MEETING_POINTS, answer.toString().length())));
        report.section("targets of issue 16:", List.of(
                Report.target("availableTimeSlots for 50 points over 3 months, p99 well within the ANTS' 15 s (<= 5 s)",
                        national.p99() <= ANTS_TIMEOUT.toMillis() / 3.0, "p99 %.0f ms".formatted(national.p99()))));
        report.section("CPU per operation, in ms, by part (from /proc):", measured.cpuPerOperation());
        measured.profiles().forEach(profile -> report.section("", List.of(profile.split("\n"))));
        report.print();
        assertThat(national.serverErrors()).isZero();
        assertThat(slots).isPositive();
    }

    /** Booking-service learns the commune's new type from planning's events: until then the settings name a stranger. */
    private static void connect(Api admin, BenchmarkCommune commune) throws InterruptedException {
        Map<String, Object> settings = Map.of("enabled", true,
                "reasons", Map.of("CNI", Map.of("appointmentTypeId", commune.typeId())));
        String path = "/api/booking/agent/communes/" + commune.id() + "/ants/settings";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (admin.put(path, settings).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        admin.put(path, settings).expect(200);
    }
}
