package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune moving in (issue 13, item 5): 10,000 future appointments imported from a CSV file through the gateway,
 * sent in parts as the page sends them, run dry then for real, beside the same commune's agent booking one
 * appointment at a time (one client), measured in the same run. The target: the real run under a minute.
 */
class AppointmentImportBenchmark {

    private static final Duration WINDOW = Measured.seconds("benchmark.seconds", 15);
    private static final int APPOINTMENTS = Integer.getInteger("benchmark.importAppointments", 10_000);
    private static final int PART = 60_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH'h'mm");

    private static BenchmarkStack whole;

    @BeforeAll
    static void startTheStack() {
        whole = BenchmarkStack.start("import-stack");
    }

    @AfterAll
    static void stopTheStack() {
        if (whole != null) {
            whole.close();
        }
    }

    @Test
    void tenThousandAppointmentsImportInUnderAMinute() throws Exception {
        Api citizen = new Api(whole.stack.gatewayUrl(), Api.loopback(0));
        String slug = "import" + System.currentTimeMillis() % 100000;
        BenchmarkCommune commune = BenchmarkCommune.openForBooking(citizen, slug);
        Api admin = citizen.newAccount(citizen.platformAdministrator(), slug, "COMMUNE_ADMIN");
        List<String> counters = commune.slots(citizen).stream().map(slot -> slot.get("counterId").asText())
                .distinct().sorted().toList();
        assertThat(counters).hasSize(BenchmarkCommune.PLACES);
        Slots slots = new Slots(commune.firstDay(), counters);

        Clients clients = new Clients(whole.stack.gatewayUrl());
        String bookings = "/api/booking/agent/communes/" + slug + "/appointments";
        LoadResult oneByOne = Load.run("agent booking, one appointment (POST)", 1, WINDOW, clients.each(api -> {
            Api agent = admin;
            return i -> {
                Slots.Slot slot = slots.next();
                return agent.post(bookings, Map.of("channel", "DESK", "appointment", Map.of(
                        "appointmentTypeId", commune.typeId(), "counterId", slot.counterId(),
                        "start", slot.start().atZone(PARIS).toInstant().toString(), "persons", 1,
                        "citizen", Map.of("fullName", "Banc " + slot.n(), "email", "banc" + slot.n() + "@example.fr"))))
                        .status();
            };
        }));

        StringBuilder csv = new StringBuilder("reference;type;guichet;debut;nom;email;mobile;numeros_ants\n");
        for (int i = 0; i < APPOINTMENTS; i++) {
            Slots.Slot slot = slots.next();
            csv.append("R%d;Carte d'identité;%s;%s;Citoyen %d;import%d@example.fr;;\n".formatted(i, slot.counterId(),
                    START.format(slot.start()), i, slot.n()));
        }
        String base = "/api/booking/imports/communes/" + slug + "/appointments";
        long uploadStart = System.nanoTime();
        String importId = admin.post(base, Map.of("fileName", "rendez-vous.csv")).expect(201).json()
                .get("importId").asText();
        for (int from = 0, part = 0; from < csv.length(); from += PART, part++) {
            admin.putCsv(base + "/" + importId + "/parts/" + part,
                    csv.substring(from, Math.min(csv.length(), from + PART))).expect(204);
        }
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        Measured measured = new Measured(whole.stack);
        Timed[] runs = new Timed[2];
        LoadResult dryRow = measured.window("import dry", APPOINTMENTS, () -> real(
                "import, dry run, %,d appointments".formatted(APPOINTMENTS),
                runs[0] = run(admin, base + "/" + importId, true)));
        LoadResult realRow = measured.window("import real", APPOINTMENTS, () -> real(
                "import, real run, %,d appointments".formatted(APPOINTMENTS),
                runs[1] = run(admin, base + "/" + importId, false)));
        Timed dry = runs[0];
        Timed real = runs[1];

        Report report = new Report("AppointmentImportBenchmark", whole.heading(WINDOW));
        report.row(oneByOne, null).row(dryRow, oneByOne).row(realRow, oneByOne);
        report.section("the import:", List.of(
                "%,d lines, %,d characters sent in %d parts in %.1f s".formatted(APPOINTMENTS, csv.length(),
                        (csv.length() + PART - 1) / PART, uploadSeconds),
                "dry run %.1f s, real run %.1f s: %.0f appointments/s, %.1f times one agent booking at a time"
                        .formatted(dry.seconds(), real.seconds(), APPOINTMENTS / real.seconds(),
                                (APPOINTMENTS / real.seconds()) / oneByOne.perSecond())));
        report.section("CPU per appointment, in ms, by part (from /proc):", measured.cpuPerOperation());
        report.section("transactions and rows written per appointment, booking-service's database:",
                measured.databaseWorkPerOperation());
        measured.profiles().forEach(profile -> report.section("", List.of(profile.split("\n"))));
        report.section("targets of issue 13:", List.of(Report.target(
                "10,000 appointments imported in under a minute", real.seconds() < 60,
                "%.1f s for %,d".formatted(real.seconds(), APPOINTMENTS))));
        report.print();
        assertThat(dry.report().get("status").asText()).isEqualTo("DONE");
        assertThat(real.report().get("created").asInt()).isEqualTo(APPOINTMENTS);
    }

    private record Timed(double seconds, JsonNode report) {
    }

    private static Timed run(Api admin, String path, boolean dryRun) throws InterruptedException {
        long start = System.nanoTime();
        admin.post(path + "/runs", Map.of("dryRun", dryRun, "notifyCitizens", false)).expect(202);
        while (true) {
            JsonNode report = admin.get(path).expect(200).json();
            if (!"RUNNING".equals(report.get("status").asText())) {
                return new Timed((System.nanoTime() - start) / 1e9, report);
            }
            Thread.sleep(200);
        }
    }

    private static LoadResult real(String name, Timed run) {
        long nanos = (long) (run.seconds() * 1e9);
        return new LoadResult(name, 1, APPOINTMENTS / run.seconds(), Percentiles.of(new long[] {nanos}),
                Map.of(run.report().get("errors").isEmpty() ? 200 : 409, 1L));
    }

    /** Free places one after the other: each counter, each 20 minutes from 08h00 to 20h00, 20 agents, every day. */
    private static final class Slots {

        record Slot(int n, String counterId, java.time.LocalDateTime start) {
        }

        private static final int AGENTS = 20;
        private static final int PER_DAY = 36;
        private final LocalDate firstDay;
        private final List<String> counters;
        private final AtomicInteger taken = new AtomicInteger();

        Slots(LocalDate firstDay, List<String> counters) {
            this.firstDay = firstDay;
            this.counters = counters;
        }

        Slot next() {
            int n = taken.getAndIncrement();
            int place = n / AGENTS;
            String counter = counters.get(place % counters.size());
            int time = place / counters.size();
            LocalDate day = firstDay.plusDays(time / PER_DAY);
            LocalTime at = LocalTime.of(8, 0).plusMinutes(20L * (time % PER_DAY));
            return new Slot(n, counter, day.atTime(at));
        }
    }
}
