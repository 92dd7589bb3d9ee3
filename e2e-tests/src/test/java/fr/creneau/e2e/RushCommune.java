package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune of the rush, set up through a gateway by its administrator: one passport type, a large counter (20
 * agents, every slot of the first four days it opens, Monday to Thursday, as a mairie opens a few weeks at once) and
 * a small one with a single slot for three.
 */
final class RushCommune {

    static final String ID = "rushville";
    static final int LARGE_AGENTS = 20;
    static final int SMALL_AGENTS = 3;
    static final int LARGE_DAYS = 4;

    final String typeId;
    final String largeCounterId;
    final String smallCounterId;
    final LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    private RushCommune(String typeId, String largeCounterId, String smallCounterId) {
        this.typeId = typeId;
        this.largeCounterId = largeCounterId;
        this.smallCounterId = smallCounterId;
    }

    static RushCommune open(Gateway gateway) {
        Gateway platform = gateway.platformAdministrator();
        created(platform.post("/api/planning/communes", Map.of("slug", ID, "name", "Rushville", "timeZone",
                "Europe/Paris")));
        Gateway admin = gateway.newAccount(platform, ID, "COMMUNE_ADMIN");
        String placeId = created(admin.post(planning("/places"), Map.of("name", "Mairie", "address",
                "1 place de la Mairie", "visibleOnPortal", true))).text("placeId");
        String typeId = created(admin.post(planning("/appointment-types"), Map.of("label", "Passeport",
                "durationMinutes", 20, "bookingHorizon", "2m", "minimumNotice", "60m"))).text("appointmentTypeId");
        String large = created(admin.post(planning("/counters"), Map.of("placeId", placeId, "name", "Guichets",
                "appointmentTypeIds", List.of(typeId)))).text("counterId");
        String small = created(admin.post(planning("/counters"), Map.of("placeId", placeId, "name", "Guichet 9",
                "appointmentTypeIds", List.of(typeId)))).text("counterId");
        List<String> day = List.of("09h00-12h00", "14h00-17h00");
        String week = created(admin.post(planning("/reference-weeks"), Map.of("name", "Semaine", "days",
                Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day)))).text("referenceWeekId");
        String oneSlot = created(admin.post(planning("/reference-weeks"), Map.of("name", "Un créneau", "days",
                Map.of("MONDAY", List.of("10h00-10h20"))))).text("referenceWeekId");
        RushCommune commune = new RushCommune(typeId, large, small);
        created(admin.post(planning("/counters/" + large + "/schedules"), Map.of("referenceWeekId", week,
                "from", commune.monday.toString(), "to", commune.monday.plusDays(LARGE_DAYS - 1).toString(),
                "agents", LARGE_AGENTS)));
        created(admin.post(planning("/counters/" + small + "/schedules"), Map.of("referenceWeekId", oneSlot,
                "from", commune.monday.toString(), "to", commune.monday.toString(), "agents", SMALL_AGENTS)));
        return commune;
    }

    String availability() {
        return "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(ID, typeId, monday, monday.plusDays(LARGE_DAYS - 1));
    }

    /** Waits for planning.events to reach booking-service, then lists the slots of each counter. */
    List<JsonNode> slotsOf(Gateway gateway, String counterId, int expected) {
        JsonNode slots = Eventually.poll("the slots of " + counterId, Duration.ofSeconds(120),
                () -> gateway.get(availability()), reply -> reply.status() == 200
                        && onCounter(reply.json().path("slots"), counterId).size() >= expected)
                .json().path("slots");
        return onCounter(slots, counterId);
    }

    Map<String, Object> reservation(JsonNode slot, int person) {
        return Map.of("appointmentTypeId", typeId, "counterId", slot.get("counterId").asText(),
                "start", slot.get("start").asText(), "persons", 1, "citizen", Map.of(
                        "fullName", "Citoyen " + person, "email", "citoyen" + person + "@example.fr",
                        "mobile", "+336" + (20_000_000 + person)));
    }

    static String reservations() {
        return "/api/booking/communes/" + ID + "/reservations";
    }

    private static List<JsonNode> onCounter(JsonNode slots, String counterId) {
        List<JsonNode> found = new ArrayList<>();
        slots.forEach(slot -> {
            if (counterId.equals(slot.path("counterId").asText())) {
                found.add(slot);
            }
        });
        return found;
    }

    private static String planning(String path) {
        return "/api/planning/communes/" + ID + path;
    }

    private static Gateway.Reply created(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
