package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.e2e.AgentEndpoints.Endpoint;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune set up through the gateway by its administrator, with something of every kind (place, service, type,
 * counter, week applied, exception, agent, availability, absence, closure, templates and settings) and the ids of
 * everything in it; {@link #bookAndAwaitItsNotice()} adds an appointment booked by phone and its notice.
 */
final class FurnishedCommune {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.now(PARIS).plusDays(8)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    final String id;
    final Gateway admin;
    final Map<String, String> ids = new HashMap<>();

    private FurnishedCommune(String id, Gateway admin) {
        this.id = id;
        this.admin = admin;
        ids.put("communeId", id);
        ids.put("kind", "CONFIRMATION");
        ids.put("channel", "SMS");
        ids.put("from", MONDAY.toString());
        ids.put("to", MONDAY.plusDays(6).toString());
        ids.put("date", MONDAY.toString());
    }

    static FurnishedCommune create(WholeStack whole, String slug) {
        Gateway platform = whole.gateway().platformAdministrator();
        created(platform.post("/api/planning/communes", Map.of("slug", slug, "name", "Commune " + slug,
                "timeZone", "Europe/Paris")));
        FurnishedCommune commune = new FurnishedCommune(slug, whole.gateway().newAccount(platform, slug, "COMMUNE_ADMIN"));
        commune.setUp();
        return commune;
    }

    private void setUp() {
        String base = "/api/planning/communes/" + id;
        String placeId = created(admin.post(base + "/places", Map.of("name", "Mairie", "address", "1 place",
                "visibleOnPortal", true))).text("placeId");
        String serviceId = created(admin.post(base + "/services", Map.of("name", "État civil"))).text("serviceId");
        String typeId = created(admin.post(base + "/appointment-types", Map.of("label", "Carte d'identité",
                "durationMinutes", 20, "bookingHorizon", "3m", "minimumNotice", "60m"))).text("appointmentTypeId");
        String counterId = created(admin.post(base + "/counters", Map.of("placeId", placeId, "name", "Guichet 1",
                "appointmentTypeIds", List.of(typeId)))).text("counterId");
        String weekId = created(admin.post(base + "/reference-weeks", Map.of("name", "Semaine type",
                "days", Map.of("MONDAY", List.of("09h00-12h00"), "TUESDAY", List.of("09h00-12h00")))))
                .text("referenceWeekId");
        String applicationId = created(admin.post(base + "/counters/" + counterId + "/schedules", Map.of(
                "referenceWeekId", weekId, "from", MONDAY.toString(), "to", MONDAY.plusWeeks(4).toString(),
                "agents", 2))).text("applicationId");
        String exceptionId = created(admin.post(base + "/counters/" + counterId + "/exceptions", Map.of(
                "date", MONDAY.plusDays(1).toString(), "range", "09h00-10h00", "agents", 1, "label", "Formation")))
                .text("exceptionId");
        String agentId = created(admin.post(base + "/agents", Map.of("displayName", "Camille",
                "serviceIds", List.of(serviceId), "counterIds", List.of(counterId)))).text("agentId");
        String availabilityId = created(admin.post(base + "/agents/" + agentId + "/availabilities", Map.of(
                "from", MONDAY.toString(), "to", MONDAY.plusWeeks(4).toString(),
                "days", Map.of("MONDAY", List.of("09h00-12h00"))))).json()
                .path("availabilities").get(0).path("availabilityId").asText();
        String absenceId = created(admin.post(base + "/agents/" + agentId + "/absences", Map.of(
                "start", MONDAY.plusWeeks(3).atTime(9, 0).toString(),
                "end", MONDAY.plusWeeks(3).atTime(12, 0).toString(), "reason", "Congé"))).text("absenceId");
        String closureId = created(admin.post(base + "/closures", Map.of("scope", "COMMUNE",
                "from", MONDAY.plusWeeks(2).toString(), "to", MONDAY.plusWeeks(2).toString(), "label", "Pont")))
                .text("closureId");
        ok(admin.put("/api/notifications/communes/" + id + "/templates/CONFIRMATION/SMS",
                Map.of("body", "Rendez-vous confirmé à " + id)));
        ok(admin.put("/api/notifications/communes/" + id + "/reminders", Map.of("delays", List.of("48h"))));
        String typeReminders = "/api/notifications/communes/" + id + "/appointment-types/" + typeId + "/reminders";
        Eventually.poll("the type reaches notification-service through planning.events", Duration.ofSeconds(60),
                () -> admin.get(typeReminders), reply -> reply.status() == 200);
        ok(admin.put(typeReminders, Map.of("delays", List.of("24h"))));
        ok(admin.put("/api/notifications/communes/" + id + "/agents", Map.of("emails", List.of("agents@" + id + ".fr"),
                "dailyAgenda", true)));
        ids.putAll(Map.of("placeId", placeId, "serviceId", serviceId, "appointmentTypeId", typeId,
                "typeId", typeId, "counterId", counterId, "referenceWeekId", weekId, "exceptionId", exceptionId,
                "agentId", agentId, "absenceId", absenceId, "closureId", closureId));
        ids.put("applicationId", applicationId);
        ids.put("availabilityId", availabilityId);
        ids.put("appointmentId", "aucun-" + id);
        ids.put("noticeId", UUID.randomUUID().toString());
        // an endpoint for an event these tests never cause: its delivery log stays empty, and so the same
        ids.put("endpointId", created(admin.post("/api/notifications/communes/" + id + "/webhooks", Map.of(
                "url", "https://integrateur.example.fr/" + id, "events", List.of("ATTENDED")))).text("id"));
        ids.put("deliveryId", UUID.randomUUID().toString());
    }

    void bookAndAwaitItsNotice() {
        String availability = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(id, ids.get("appointmentTypeId"), MONDAY, MONDAY.plusDays(6));
        JsonNode slot = Eventually.poll("slots of " + id + " in booking-service", Duration.ofSeconds(90),
                () -> admin.get(availability), reply -> reply.status() == 200 && reply.json().path("slots").size() > 0)
                .json().get("slots").get(0);
        String appointmentId = created(admin.post("/api/booking/agent/communes/" + id + "/appointments", Map.of(
                "appointment", Map.of("appointmentTypeId", ids.get("appointmentTypeId"),
                        "counterId", slot.get("counterId").asText(), "start", slot.get("start").asText(),
                        "persons", 1, "citizen", Map.of("fullName", "Jeanne Martin", "mobile", "+33611223344")),
                "channel", "PHONE"))).text("appointmentId");
        ids.put("appointmentId", appointmentId);
        String notices = "/api/notifications/communes/%s/appointments/%s/notices".formatted(id, appointmentId);
        JsonNode notice = Eventually.poll("the confirmation notice of " + appointmentId, Duration.ofSeconds(60),
                () -> admin.get(notices), reply -> reply.status() == 200 && reply.json().size() > 0).json().get(0);
        ids.put("noticeId", notice.get("id").asText());
    }

    /** What commune B's administrator reads of B: every agent read that does not move on its own. */
    Map<String, String> snapshot(List<Endpoint> endpoints) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            String pattern = endpoint.pattern();
            if (endpoint.method().equals("GET") && pattern.contains("{communeId}") && !pattern.startsWith("/api/stats/")
                    && !pattern.endsWith("/notices") && !pattern.endsWith("/sms-log")) {
                String path = endpoint.path(ids);
                seen.put(path, admin.get(path).toString());
            }
        }
        String agenda = "/api/booking/agent/communes/%s/appointments?from=%s&to=%s".formatted(id, MONDAY,
                MONDAY.plusDays(6));
        seen.put(agenda, admin.get(agenda).toString());
        String appointment = "/api/booking/agent/appointments/" + ids.get("appointmentId");
        seen.put(appointment, admin.get(appointment).toString());
        return seen;
    }

    private static Gateway.Reply created(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static Gateway.Reply ok(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }
}
