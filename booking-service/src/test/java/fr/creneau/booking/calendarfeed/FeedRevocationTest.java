package fr.creneau.booking.calendarfeed;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed ends with its account: disabled at the gateway, or revoked by the commune's administrator. */
class FeedRevocationTest extends BookingIntegrationTest {

    private final PlanningFeed commune = new PlanningFeed();
    private final String anne = UUID.randomUUID().toString();
    private final String bruno = UUID.randomUUID().toString();

    @BeforeEach
    void open() {
        commune.catalog(false).forEach(event -> commune.deliver(planningEvents, event));
    }

    @Test
    void theFeedOfAnAccountTheGatewaySaysIsDisabledAnswers404AndTheOthersStay() {
        String hers = subscribe(anne);
        String his = subscribe(bruno);

        JsonNode told = gateway(commune.communeId).put(disabled(commune.communeId),
                Map.of("accountIds", List.of(anne, UUID.randomUUID().toString()))).expect(200).body();

        assertThat(told.get("revoked").asInt()).isEqualTo(1);
        ServiceResponse gone = http.get(hers).expect(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.bodyAsString()).doesNotContain("BEGIN:VCALENDAR");
        http.get(his).expect(200);
        // told again, as the gateway does every few minutes: nothing left to revoke
        assertThat(gateway(commune.communeId).put(disabled(commune.communeId), Map.of("accountIds", List.of(anne)))
                .expect(200).body().get("revoked").asInt()).isZero();
    }

    @Test
    void onlyTheGatewayItselfTellsTheDisabledAccounts() {
        String hers = subscribe(anne);

        ServiceResponse refused = http.as(AgentHeaders.of(commune.communeId, Role.COMMUNE_ADMIN))
                .put(disabled(commune.communeId), Map.of("accountIds", List.of(anne))).expect(403);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("passerelle");
        http.get(hers).expect(200);
        assertThat(gateway(commune.communeId).put(disabled(commune.communeId),
                Map.of("accountIds", List.of("pas un id !"))).expect(400).contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void theAdministratorListsTheFeedsWithoutTheirSecretAndRevokesOne() {
        String hers = subscribe(anne);
        String his = subscribe(bruno);
        ServiceClient admin = http.as(AgentHeaders.of(commune.communeId, Role.COMMUNE_ADMIN));

        ServiceResponse list = admin.get(feeds(commune.communeId)).expect(200);
        assertThat(list.body().findValuesAsText("accountId")).containsExactlyInAnyOrder(anne, bruno);
        assertThat(list.body().findValuesAsText("agentId")).containsExactlyInAnyOrder("agent-" + anne, "agent-" + bruno);
        assertThat(list.bodyAsString()).doesNotContain("path").doesNotContain(hers.substring(hers.lastIndexOf('/') + 1, hers.length() - 4));

        admin.delete(feeds(commune.communeId) + "/" + anne).expect(204);

        http.get(hers).expect(404);
        http.get(his).expect(200);
        assertThat(admin.get(feeds(commune.communeId)).expect(200).body().findValuesAsText("accountId"))
                .containsExactly(bruno);
        ServiceResponse again = admin.delete(feeds(commune.communeId) + "/" + anne).expect(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("detail")).isEqualTo("Ce compte n'a pas de calendrier publié dans cette commune.");
    }

    @Test
    void aPlainAgentOrAnotherCommunesAdministratorCannotRevokeAndBadIdsAreProblems() {
        String hers = subscribe(anne);

        ServiceResponse agent = http.as(AgentHeaders.of(commune.communeId, Role.AGENT, Role.SERVICE_MANAGER))
                .delete(feeds(commune.communeId) + "/" + anne).expect(403);
        assertThat(agent.contentType()).startsWith("application/problem+json");
        assertThat(agent.text("detail")).startsWith("Cette action est réservée au rôle");
        http.as(AgentHeaders.of(commune.communeId, Role.AGENT)).get(feeds(commune.communeId)).expect(403);
        ServiceResponse other = http.as(AgentHeaders.of("autre-" + UUID.randomUUID(), Role.COMMUNE_ADMIN))
                .delete(feeds(commune.communeId) + "/" + anne).expect(403);
        assertThat(other.text("detail")).startsWith("Vous n'avez pas accès à la commune");
        http.get(hers).expect(200);

        ServiceClient admin = http.as(AgentHeaders.of(commune.communeId, Role.COMMUNE_ADMIN));
        ServiceResponse bad = admin.delete(feeds(commune.communeId) + "/" + "x".repeat(101)).expect(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text("detail")).startsWith("L'identifiant de compte n'est pas valide");
        assertThat(admin.delete(feeds(commune.communeId) + "/compte%20inconnu").expect(400).contentType())
                .startsWith("application/problem+json");
        assertThat(admin.delete(feeds(commune.communeId) + "/" + UUID.randomUUID()).expect(404).contentType())
                .startsWith("application/problem+json");
    }

    private String subscribe(String accountId) {
        return http.as(AgentHeaders.of(new AgentIdentity(accountId, commune.communeId, Set.of(Role.AGENT),
                        "agent-" + accountId, "Agent")))
                .post("/api/booking/agent/communes/%s/calendar-feed".formatted(commune.communeId), Map.of())
                .expect(201).text("path");
    }

    private ServiceClient gateway(String communeId) {
        return http.as(AgentHeaders.of(new AgentIdentity(IdentityToken.GATEWAY_ITSELF, communeId,
                Set.of(Role.COMMUNE_ADMIN), null, "Passerelle Créneau")));
    }

    private static String feeds(String communeId) {
        return "/api/booking/agent/communes/%s/calendar-feeds".formatted(communeId);
    }

    private static String disabled(String communeId) {
        return "/internal/booking/communes/%s/disabled-accounts".formatted(communeId);
    }
}
