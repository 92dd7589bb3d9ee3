package fr.creneau.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load of citizens through the gateway, one thread per counter: each citizen reserves a slot, waits for
 * the code (by e-mail, else by SMS), and confirms; a 503 on the code is tried again every 2 s, as a patient
 * citizen would. Every request and every booking is kept, for the figures.
 */
final class Citizens {

    private static final Duration CODE_PATIENCE = Duration.ofSeconds(90);
    private static final Duration CONFIRMATION_PATIENCE = Duration.ofSeconds(120);

    private final Http gateway;
    private final Commune commune;
    private final Inbox inbox;
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<Booking> bookings = Collections.synchronizedList(new ArrayList<>());
    // one numbering for every fault of the run: a citizen's name, mobile and e-mail are never met again, or the
    // duplicate check would refuse them and their inbox would hold an earlier code
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private ExecutorService threads;
    private volatile boolean running;

    Citizens(Http gateway, Commune commune, Inbox inbox) {
        this.gateway = gateway;
        this.commune = commune;
        this.inbox = inbox;
    }

    void start() {
        running = true;
        threads = Executors.newFixedThreadPool(commune.counterIds.size());
        commune.counterIds.forEach(counter -> threads.submit(() -> {
            while (running) {
                bookOnce(counter);
                pause(Duration.ofMillis(500));
            }
        }));
    }

    /** No new citizen after this; those under way finish (confirm) first. */
    void stop() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("citizens still busy 5 minutes after the stop");
        }
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    List<Booking> bookings() {
        synchronized (bookings) {
            return List.copyOf(bookings);
        }
    }

    private void bookOnce(String counterId) {
        int n = SERIAL.incrementAndGet();
        String mobile = "+3361%07d".formatted(n);
        String email = "citoyen" + n + "@pannes.test";
        Http.Reply held = exchange("reservation", gateway.post("/api/booking/communes/" + commune.id
                + "/reservations", Map.of("appointmentTypeId", commune.typeId, "counterId", counterId,
                "start", commune.nextStart(counterId), "persons", 1,
                "citizen", Map.of("fullName", "Citoyen " + n, "email", email, "mobile", mobile))));
        if (held.status() != 201) {
            return;
        }
        Booking booking = new Booking(held.text("appointmentId"), mobile, email, Instant.now());
        bookings.add(booking);
        String code = awaitCode(booking);
        if (code == null) {
            booking.codeNeverCame = true;
            return;
        }
        Instant giveUp = Instant.now().plus(CONFIRMATION_PATIENCE);
        while (true) {
            Http.Reply confirmed = exchange("confirmation", gateway.post("/api/booking/appointments/"
                    + booking.appointmentId + "/confirmation", Map.of("code", code)));
            if (confirmed.status() == 200) {
                booking.confirmedAt = Instant.now();
                return;
            }
            if (confirmed.status() != 503 && confirmed.status() != 0 || Instant.now().isAfter(giveUp)) {
                return;
            }
            pause(Duration.ofSeconds(2));
        }
    }

    private String awaitCode(Booking booking) {
        Instant giveUp = Instant.now().plus(CODE_PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            String code = inbox.code(booking);
            if (code != null) {
                return code;
            }
            pause(Duration.ofMillis(500));
        }
        return null;
    }

    private Http.Reply exchange(String what, Http.Reply reply) {
        exchanges.add(new Exchange(what, Instant.now().minus(reply.took()), reply.status(), reply.isProblem(),
                reply.took(), reply.status() == 200 || reply.status() == 201 ? "" : reply.toString()));
        return reply;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
