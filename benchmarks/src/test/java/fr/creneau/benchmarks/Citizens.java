package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What citizens do in a rush: hold a slot (each one a new person, with a mobile of their own), then confirm it with
 * the code the fake Twilio received. Each hold that succeeded is remembered with its mobile, to time its SMS.
 */
final class Citizens {

    /** A hold that succeeded: the appointment and the mobile its code goes to. */
    record Hold(String appointmentId, String mobile) {
    }

    private static final Duration CODE_TIMEOUT = Duration.ofSeconds(30);

    private final BenchmarkCommune commune;
    private final List<JsonNode> slots;
    private final FakeTwilio twilio;
    private final AtomicLong people = new AtomicLong();
    private final Queue<Hold> holds = new ConcurrentLinkedQueue<>();

    Citizens(BenchmarkCommune commune, List<JsonNode> slots, FakeTwilio twilio) {
        this.commune = commune;
        this.slots = slots;
        this.twilio = twilio;
    }

    /** Holds a slot; its HTTP status. */
    int reserve(Api api) {
        return hold(api).status();
    }

    /** Holds a slot, waits for the code by SMS, confirms with it; the first status that is not a success. */
    int book(Api api) {
        Outcome held = hold(api);
        return held.hold() == null ? held.status() : confirm(api, held.hold());
    }

    private record Outcome(int status, Hold hold) {
    }

    private Outcome hold(Api api) {
        long n = people.incrementAndGet();
        String mobile = "+336%08d".formatted(n % 100_000_000);
        JsonNode slot = slots.get((int) (n % slots.size()));
        Api.Reply reply = api.post(commune.reservationsPath(), Map.of(
                "appointmentTypeId", commune.typeId(), "counterId", slot.get("counterId").asText(),
                "start", slot.get("start").asText(), "persons", 1,
                "citizen", Map.of("fullName", "Citoyen " + n, "mobile", mobile)));
        if (reply.status() != 201) {
            return new Outcome(reply.status(), null);
        }
        Hold hold = new Hold(reply.json().get("appointmentId").asText(), mobile);
        holds.add(hold);
        return new Outcome(201, hold);
    }

    private int confirm(Api api, Hold hold) {
        try {
            FakeTwilio.Sms sms = twilio.await(hold.mobile(), CODE_TIMEOUT);
            if (sms == null) {
                return 598;
            }
            return api.post("/api/booking/appointments/" + hold.appointmentId() + "/confirmation",
                    Map.of("code", sms.code())).status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 599;
        }
    }

    /** The holds made since the last call, forgotten here. */
    List<Hold> drainHolds() {
        List<Hold> drained = new ArrayList<>();
        for (Hold hold = holds.poll(); hold != null; hold = holds.poll()) {
            drained.add(hold);
        }
        return drained;
    }
}
