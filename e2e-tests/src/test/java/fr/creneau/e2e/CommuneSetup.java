package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune set up through the gateway as its administrators would, for the browser tests: the platform's
 * administrator creates the commune and its administrator's account, who then signs in and sets it up.
 */
final class CommuneSetup {

    final String communeId;
    private final Gateway admin;
    private final Gateway citizen;

    private CommuneSetup(Gateway admin, Gateway citizen, String communeId) {
        this.admin = admin;
        this.citizen = citizen;
        this.communeId = communeId;
    }

    static CommuneSetup create(WholeStack whole, String slug, String name) {
        Gateway platform = whole.gateway().platformAdministrator();
        String communeId = created(platform.post("/api/planning/communes",
                Map.of("slug", slug, "name", name, "timeZone", "Europe/Paris"))).text("communeId");
        Gateway admin = whole.gateway().newAccount(platform, communeId, "COMMUNE_ADMIN");
        return new CommuneSetup(admin, whole.gateway(), communeId);
    }

    /** The commune's administrator, signed in. */
    Gateway admin() {
        return admin;
    }

    /** An account of this commune with a known password, linked to a planning agent when {@code agentId} is set. */
    void account(String username, String displayName, String password, List<String> roles, String agentId) {
        Map<String, Object> account = new HashMap<>(Map.of("username", username, "displayName", displayName,
                "password", password, "roles", roles));
        if (agentId != null) {
            account.put("agentId", agentId);
        }
        created(admin.post("/api/accounts/communes/" + communeId + "/accounts", account));
    }

    /** A partner's account (a social worker...) of this commune: it books the types open to its partner type. */
    void partner(String username, String displayName, String password, String partnerType) {
        created(admin.post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", displayName, "password", password, "roles", List.of("PARTNER"),
                "partnerType", partnerType)));
    }

    /** A planning agent working at these counters. */
    String agent(String displayName, String... counterIds) {
        return created(admin.post(planning("/agents"), Map.of("displayName", displayName, "serviceIds", List.of(),
                "counterIds", Arrays.asList(counterIds)))).text("agentId");
    }

    JsonNode referenceWeek(String referenceWeekId) {
        Gateway.Reply reply = admin.get(planning("/reference-weeks/" + referenceWeekId));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    String place(String name, String address) {
        return created(admin.post(planning("/places"), Map.of("name", name, "address", address, "visibleOnPortal", true)))
                .text("placeId");
    }

    String appointmentType(Map<String, Object> settings) {
        return created(admin.post(planning("/appointment-types"), settings)).text("appointmentTypeId");
    }

    String counter(String placeId, String name, String... appointmentTypeIds) {
        return created(admin.post(planning("/counters"), Map.of("placeId", placeId, "name", name,
                "appointmentTypeIds", Arrays.asList(appointmentTypeIds)))).text("counterId");
    }

    /** A counter of these services: a type restricted to services goes only to their counters. */
    String counterOf(List<String> serviceIds, String placeId, String name, String... appointmentTypeIds) {
        return created(admin.post(planning("/counters"), Map.of("placeId", placeId, "name", name,
                "appointmentTypeIds", Arrays.asList(appointmentTypeIds), "serviceIds", serviceIds))).text("counterId");
    }

    /** Every weekday from 09h00 to 12h00 and from 14h00 to 17h00. */
    String weekdaysReferenceWeek() {
        List<String> day = List.of("09h00-12h00", "14h00-17h00");
        return created(admin.post(planning("/reference-weeks"), Map.of("name", "Semaine type", "days", Map.of(
                "MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day)))).text("referenceWeekId");
    }

    void open(String counterId, String referenceWeekId, LocalDate from, LocalDate to, int agents) {
        created(admin.post(planning("/counters/" + counterId + "/schedules"), Map.of("referenceWeekId", referenceWeekId,
                "from", from.toString(), "to", to.toString(), "agents", agents)));
    }

    /** Waits until planning.events has reached booking-service: the portal lists these types and each has a slot. */
    void awaitBookable(List<String> withSlots, List<String> listed, LocalDate from) {
        Eventually.poll("the portal of " + communeId + " lists its types", Duration.ofSeconds(90),
                () -> citizen.get("/api/booking/communes/" + communeId + "/portal"),
                reply -> reply.status() == 200 && reply.json().get("appointmentTypes").findValuesAsText("appointmentTypeId")
                        .containsAll(listed));
        for (String typeId : withSlots) {
            Eventually.poll("slots of " + typeId + " in " + communeId, Duration.ofSeconds(90),
                    () -> citizen.get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                            .formatted(communeId, typeId, from, from.plusDays(30))),
                    reply -> reply.status() == 200 && reply.json().path("slots").size() > 0);
        }
    }

    /** A hold on one slot taken over HTTP by somebody else, as another citizen racing for it would. */
    JsonNode holdBySomeoneElse(String typeId, String counterId, String start, String mobile) {
        return created(citizen.post("/api/booking/communes/" + communeId + "/reservations", Map.of(
                "appointmentTypeId", typeId, "counterId", counterId, "start", start, "persons", 1,
                "citizen", Map.of("fullName", "Quelqu'un d'autre", "mobile", mobile)))).json();
    }

    /** The commune's line on the voice server, as its administrator sets it. */
    Gateway.Reply voiceLine(Map<String, Object> line) {
        return admin.put("/api/booking/agent/communes/" + communeId + "/voice-line", line);
    }

    private String planning(String path) {
        return "/api/planning/communes/" + communeId + path;
    }

    private static Gateway.Reply created(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
