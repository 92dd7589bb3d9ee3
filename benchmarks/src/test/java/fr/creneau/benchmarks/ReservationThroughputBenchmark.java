package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.launcher.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's way through the gateway under load, beside the machine's own limits measured in the same run:
 * a trivial proxied route, availability, reservations from 1 to 64 clients (each from an address of its own), the
 * whole booking with the code read from the fake Twilio, and the time from SlotReserved to its SMS.
 */
class ReservationThroughputBenchmark {

    private static final Duration WINDOW = Measured.seconds("benchmark.seconds", 15);
    private static final int[] RESERVING_CLIENTS = {1, 8, 32, 64};

    private static BenchmarkStack whole;

    @BeforeAll
    static void startTheStack() {
        whole = BenchmarkStack.start("benchmark-stack");
    }

    @AfterAll
    static void stopTheStack() {
        if (whole != null) {
            whole.close();
        }
    }

    @Test
    void theCitizensWayAgainstTheMachinesLimits() throws Exception {
        Api admin = new Api(whole.stack.gatewayUrl(), Api.loopback(0));
        BenchmarkCommune commune = BenchmarkCommune.openForBooking(admin, "bench" + System.currentTimeMillis() % 100000);
        List<JsonNode> slots = commune.slots(admin);
        assertThat(slots).isNotEmpty();
        Citizens citizens = new Citizens(commune, slots, whole.twilio);
        Measured measured = new Measured(whole.stack);
        Clients clients = new Clients(whole.stack.gatewayUrl());

        Load.run("warm-up", 8, Measured.seconds("benchmark.warmUpSeconds", 20), clients.each(api -> i -> i % 4 == 0
                ? api.get(commune.availabilityPath(commune.firstDay(), 7)).status() : citizens.book(api)));
        citizens.drainHolds();

        LoadResult trivial = measured.window("trivial", () -> Load.run("trivial proxied route (GET, 404)", 8, WINDOW,
                clients.each(api -> i -> api.get("/api/booking/manage/" + UUID.randomUUID()).status())));
        LoadResult week = measured.window("week", () -> Load.run("availability of a week, all places", 8, WINDOW,
                clients.each(api -> i -> api.get(commune.availabilityPath(commune.firstDay(), 7)).status())));
        LoadResult sixty = measured.window("calendar", () -> Load.run("calendar of 60 days, all places", 8, WINDOW,
                clients.each(api -> i -> api.get(commune.availabilityPath(commune.firstDay(), 60)).status())));

        String booking = whole.stack.jdbcUrl(Service.BOOKING);
        String user = whole.stack.databaseUser();
        String password = whole.stack.databasePassword();
        List<LoadResult> reservations = new ArrayList<>();
        List<LoadResult> codes = new ArrayList<>();
        List<LoadResult> codeStages = new ArrayList<>();
        List<LoadResult> probes = new ArrayList<>();
        for (int n : RESERVING_CLIENTS) {
            long mark = CodeLatency.mark(booking, user, password);
            try (KafkaProbe probe = KafkaProbe.start(whole.stack.kafkaBootstrapServers())) {
                reservations.add(measured.window("reservation " + n, () -> Load.run("reservation (POST)", n, WINDOW,
                        clients.each(api -> i -> citizens.reserve(api)))));
                probes.add(probe.stop("Kafka produce → consume, during the reservations at " + n + " clients"));
            }
            List<Citizens.Hold> holds = citizens.drainHolds();
            String name = "SlotReserved stored → SMS, at " + n + " clients";
            codes.add(CodeLatency.of(name, holds, whole.twilio, booking, user, password, mark, Duration.ofSeconds(30)));
            codeStages.addAll(CodeLatency.stages(name, holds, whole.twilio, booking,
                    whole.stack.jdbcUrl(Service.NOTIFICATION), user, password, mark));
        }
        List<LoadResult> bookings = new ArrayList<>();
        for (int n : new int[] {8, 32}) {
            bookings.add(measured.window("booking " + n, () -> Load.run("whole booking: hold, SMS, confirm", n, WINDOW,
                    clients.each(api -> i -> citizens.book(api)))));
            citizens.drainHolds();
        }
        LoadResult weekAfter = measured.window("week after", () -> Load.run("availability of a week, after the rush", 8,
                WINDOW, clients.each(api -> i -> api.get(commune.availabilityPath(commune.firstDay(), 7)).status())));

        String scratch = whole.stack.scratchDatabase("creneau_benchmark");
        LoadResult pg1 = MachineLimits.postgresSingleRowUpdates(scratch, user, password, 1, WINDOW, true);
        LoadResult durable8 = MachineLimits.postgresSingleRowUpdates(scratch, user, password, 8, WINDOW, true);
        // the reservations' baseline: the stricter of the two, and the one every run before 2026-12-02 measured
        LoadResult pg8 = MachineLimits.postgresSingleRowUpdates(scratch, user, password, 8, WINDOW, false);
        LoadResult kafkaSends = MachineLimits.kafkaAcknowledgedSends(whole.stack.kafkaBootstrapServers(), 2000);
        LoadResult kafkaLatency = MachineLimits.kafkaProduceToConsume(whole.stack.kafkaBootstrapServers(), 1000);

        Report report = new Report("ReservationThroughputBenchmark", whole.heading(WINDOW));
        report.row(pg1, null).row(durable8, null).row(pg8, null).row(kafkaSends, null).row(kafkaLatency, null).row(trivial, null)
                .row(week, trivial).row(weekAfter, trivial).row(sixty, trivial);
        reservations.forEach(result -> report.row(result, pg8));
        bookings.forEach(result -> report.row(result, pg8));
        probes.forEach(result -> report.row(result, kafkaLatency));
        codes.forEach(result -> report.row(result, kafkaLatency));
        codeStages.forEach(result -> report.row(result, kafkaLatency));
        // the same, each to Kafka's own time under the same load (the probe of the same window)
        for (int w = 0; w < RESERVING_CLIENTS.length; w++) {
            report.row(underLoad(codes.get(w)), probes.get(w));
            report.row(underLoad(codeStages.get(2 * w)), probes.get(w));
            report.row(underLoad(codeStages.get(2 * w + 1)), probes.get(w));
        }
        report.section("the stack:", whole.figures());
        report.section("CPU per operation, in ms, by part (from /proc):", measured.cpuPerOperation());
        report.section("database work per operation, by service (from pg_stat_database):",
                measured.databaseWorkPerOperation());
        report.section("targets of issue 11:", Targets.check(reservations.get(2), pg8, durable8, week,
                trivial, codes.get(1), kafkaLatency, probes.get(1)));
        measured.profiles().forEach(profile -> report.section("", List.of(profile.split("\n"))));
        report.print();

        assertThat(probes.get(1).latency().count()).isPositive();
        assertThat(reservations.get(0).outcome(201)).isPositive();
        assertThat(reservations.get(0).serverErrors()).isZero();
        assertThat(week.serverErrors()).isZero();
    }

    private static LoadResult underLoad(LoadResult result) {
        return new LoadResult(result.name() + ", to Kafka under the same load", result.clients(), result.perSecond(),
                result.latency(), result.outcomes());
    }
}
