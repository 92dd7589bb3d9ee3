package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commune set up by its administrator through the gateway: {@value #PLACES} places with a counter each, open
 * every day 08h00-20h00 with 20 agents for nine weeks, and one type of appointment (20 minutes, booked up to three
 * months ahead).
 */
record BenchmarkCommune(String id, String typeId, LocalDate firstDay) {

    static final int PLACES = 2;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static BenchmarkCommune openForBooking(Api citizen, String slug) {
        Api platform = citizen.platformAdministrator();
        platform.post("/api/planning/communes", Map.of("slug", slug, "name", "Banc d'essai",
                "timeZone", "Europe/Paris")).expect(201);
        Api api = citizen.newAccount(platform, slug, "COMMUNE_ADMIN");
        String base = "/api/planning/communes/" + slug;
        String typeId = api.post(base + "/appointment-types", Map.of("label", "Carte d'identité",
                "durationMinutes", 20, "bookingHorizon", "3m", "minimumNotice", "60m"))
                .expect(201).json().get("appointmentTypeId").asText();
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), List.of("08h00-20h00"));
        }
        String weekId = api.post(base + "/reference-weeks", Map.of("name", "Tous les jours", "days", days))
                .expect(201).json().get("referenceWeekId").asText();
        LocalDate first = LocalDate.now(PARIS).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int place = 1; place <= PLACES; place++) {
            String placeId = api.post(base + "/places", Map.of("name", "Mairie " + place,
                    "address", place + " place de la Mairie", "visibleOnPortal", true))
                    .expect(201).json().get("placeId").asText();
            String counterId = api.post(base + "/counters", Map.of("placeId", placeId, "name", "Guichet " + place,
                    "appointmentTypeIds", List.of(typeId))).expect(201).json().get("counterId").asText();
            api.post(base + "/counters/" + counterId + "/schedules", Map.of("referenceWeekId", weekId,
                    "from", first.toString(), "to", first.plusWeeks(9).toString(), "agents", 20)).expect(201);
        }
        return new BenchmarkCommune(slug, typeId, first);
    }

    /** Free slots of the type over {@code days} days from {@code from}, across all places. */
    String availabilityPath(LocalDate from, int days) {
        return "/api/booking/communes/" + id + "/availability?appointmentTypeId=" + typeId
                + "&from=" + from + "&to=" + from.plusDays(days - 1);
    }

    String reservationsPath() {
        return "/api/booking/communes/" + id + "/reservations";
    }

    /** Waits for the planning to reach booking-service, then lists four weeks of slots. */
    List<JsonNode> slots(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply reply = api.get(availabilityPath(firstDay, 28));
            JsonNode slots = reply.status() == 200 ? reply.json().path("slots") : null;
            if (slots != null && slots.size() > 0 && countersIn(slots) == PLACES) {
                List<JsonNode> list = new ArrayList<>();
                slots.forEach(list::add);
                return list;
            }
            Thread.sleep(500);
        }
        return List.of();
    }

    private static long countersIn(JsonNode slots) {
        List<String> counters = new ArrayList<>();
        slots.forEach(slot -> counters.add(slot.get("counterId").asText()));
        return counters.stream().distinct().count();
    }
}
