package fr.creneau.faults;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A commune set up through the gateway as its administrator would: one place, one type, one counter per citizen
 * thread (so that two threads never race for a slot), every weekday open over the coming months with one agent.
 */
final class Commune {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final String id;
    final String typeId;
    final List<String> counterIds;
    private final Map<String, Deque<String>> freeStarts = new HashMap<>();

    private Commune(String id, String typeId, List<String> counterIds) {
        this.id = id;
        this.typeId = typeId;
        this.counterIds = counterIds;
    }

    static Commune open(Http gateway, String slug, int counters) {
        Http platform = gateway.signedIn("admin", "creneau-admin");
        platform.post("/api/planning/communes", Map.of("slug", slug, "name", "Pannes", "timeZone", "Europe/Paris"))
                .expect(201);
        Http admin = gateway.newAccount(platform, slug, "COMMUNE_ADMIN");
        String base = "/api/planning/communes/" + slug;
        String placeId = admin.post(base + "/places", Map.of("name", "Mairie", "address", "1 place de la Mairie",
                "visibleOnPortal", true)).expect(201).text("placeId");
        String typeId = admin.post(base + "/appointment-types", Map.of("label", "Carte d'identité",
                "durationMinutes", 20, "bookingHorizon", "3m", "minimumNotice", "60m")).expect(201)
                .text("appointmentTypeId");
        List<String> day = List.of("09h00-12h00", "14h00-17h00");
        String weekId = admin.post(base + "/reference-weeks", Map.of("name", "Semaine type", "days", Map.of(
                "MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day)))
                .expect(201).text("referenceWeekId");
        LocalDate from = LocalDate.now(PARIS).plusDays(1);
        List<String> counterIds = new ArrayList<>();
        for (int i = 1; i <= counters; i++) {
            String counterId = admin.post(base + "/counters", Map.of("placeId", placeId, "name", "Guichet " + i,
                    "appointmentTypeIds", List.of(typeId))).expect(201).text("counterId");
            admin.post(base + "/counters/" + counterId + "/schedules", Map.of("referenceWeekId", weekId,
                    "from", from.toString(), "to", from.plusDays(80).toString(), "agents", 1)).expect(201);
            counterIds.add(counterId);
        }
        Commune commune = new Commune(slug, typeId, List.copyOf(counterIds));
        commune.readSlots(gateway, from);
        return commune;
    }

    /** The next free start at this counter; each is handed out once. */
    synchronized String nextStart(String counterId) {
        String start = freeStarts.get(counterId).pollFirst();
        if (start == null) {
            throw new IllegalStateException("no slot left at " + counterId);
        }
        return start;
    }

    /** Waits for planning.events to reach booking-service, then keeps every free slot of the next 75 days. */
    private void readSlots(Http gateway, LocalDate from) {
        counterIds.forEach(counter -> freeStarts.put(counter, new ArrayDeque<>()));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (int window = 0; window < 3; window++) {
            LocalDate start = from.plusDays(25L * window);
            String path = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                    .formatted(id, typeId, start, start.plusDays(24));
            JsonNode slots = gateway.get(path).json().path("slots");
            while (window == 0 && !everyCounterIn(slots)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no slots at every counter of " + id + " within 3 minutes");
                }
                pause();
                slots = gateway.get(path).json().path("slots");
            }
            slots.forEach(slot -> freeStarts.get(slot.get("counterId").asText()).add(slot.get("start").asText()));
        }
    }

    private boolean everyCounterIn(JsonNode slots) {
        return counterIds.stream().allMatch(counter -> slots.findValuesAsText("counterId").contains(counter));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
