package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.launcher.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a reservation and a week of availability slow down as the event store grows: their median with ten
 * thousand booking events stored, then with a million, in one run. The history is written straight into the
 * database ({@link History}), not through HTTP.
 */
class StoreSizeBenchmark {

    private static final Duration WINDOW = Measured.seconds("benchmark.seconds", 15);
    private static final long SMALL = Long.getLong("benchmark.smallStore", 10_000);
    private static final long LARGE = Long.getLong("benchmark.largeStore", 1_000_000);

    private static BenchmarkStack whole;

    @BeforeAll
    static void startTheStack() {
        whole = BenchmarkStack.start("store-size-stack");
    }

    @AfterAll
    static void stopTheStack() {
        if (whole != null) {
            whole.close();
        }
    }

    @Test
    void aMillionStoredEventsCostNoMoreThanTenThousand() throws Exception {
        Api admin = new Api(whole.stack.gatewayUrl(), Api.loopback(0));
        BenchmarkCommune commune = BenchmarkCommune.openForBooking(admin, "store" + System.currentTimeMillis() % 100000);
        List<JsonNode> slots = commune.slots(admin);
        assertThat(slots).isNotEmpty();
        Citizens citizens = new Citizens(commune, slots, whole.twilio);
        Clients clients = new Clients(whole.stack.gatewayUrl());
        String booking = whole.stack.jdbcUrl(Service.BOOKING);
        String user = whole.stack.databaseUser();
        String password = whole.stack.databasePassword();
        Load.run("warm-up", 8, Measured.seconds("benchmark.warmUpSeconds", 20), clients.each(api -> i -> i % 4 == 0
                ? api.get(commune.availabilityPath(commune.firstDay(), 7)).status() : citizens.book(api)));

        long first = bookingsToReach(SMALL, History.events(booking, user, password));
        History.seed(booking, user, password, commune.id(), 0, first);
        long smallStore = History.events(booking, user, password);
        LoadResult weekSmall = week(commune, clients, smallStore);
        LoadResult reserveSmall = reserve(citizens, clients, smallStore);

        long second = first + bookingsToReach(LARGE, History.events(booking, user, password));
        History.seed(booking, user, password, commune.id(), first, second);
        long largeStore = History.events(booking, user, password);
        LoadResult weekLarge = week(commune, clients, largeStore);
        LoadResult reserveLarge = reserve(citizens, clients, largeStore);

        Report report = new Report("StoreSizeBenchmark", whole.heading(WINDOW));
        report.row(weekSmall, null).row(weekLarge, weekSmall).row(reserveSmall, null).row(reserveLarge, reserveSmall);
        double week = weekLarge.p50() / weekSmall.p50();
        double reserve = reserveLarge.p50() / reserveSmall.p50();
        report.section("targets of issue 11:", List.of(
                Report.target("availability of a week, p50 with %,d events <= 1.2x with %,d".formatted(largeStore, smallStore),
                        week <= 1.2, "x%.2f".formatted(week)),
                Report.target("reservation, p50 with %,d events <= 1.2x with %,d".formatted(largeStore, smallStore),
                        reserve <= 1.2, "x%.2f".formatted(reserve))));
        report.print();
        assertThat(largeStore).isGreaterThanOrEqualTo(LARGE);
        assertThat(reserveLarge.serverErrors()).isZero();
    }

    /** Each seeded booking is two events: enough bookings to reach the target, rounded up. */
    private static long bookingsToReach(long events, long stored) {
        return Math.max(0, (events - stored + 1) / 2);
    }

    private static LoadResult week(BenchmarkCommune commune, Clients clients, long events) throws Exception {
        return Load.run("availability of a week, %,d events".formatted(events), 8, WINDOW,
                clients.each(api -> i -> api.get(commune.availabilityPath(commune.firstDay(), 7)).status()));
    }

    private static LoadResult reserve(Citizens citizens, Clients clients, long events) throws Exception {
        return Load.run("reservation, %,d events".formatted(events), 8, WINDOW,
                clients.each(api -> i -> citizens.reserve(api)));
    }
}
