package fr.creneau.gateway.security.access;

import fr.creneau.gateway.account.Account;
import fr.creneau.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** The gateway lets a plain agent declare and withdraw their own absences only; the service checks it again. */
class OwnAbsenceAccessTest {

    private final AccessRules rules = new AccessRules();

    private static Account agent(String communeId, String agentId, Role role) {
        return new Account(UUID.randomUUID(), "claire", "Claire", null, communeId, Set.of(role), agentId, true);
    }

    @Test
    void anAgentDeclaresAndWithdrawsTheirOwnAbsence() {
        Account claire = agent("villeneuve", "ag-claire", Role.AGENT);

        assertThat(rules.decide(POST, "/api/planning/communes/villeneuve/agents/ag-claire/absences").allows(claire))
                .isTrue();
        assertThat(rules.decide(DELETE, "/api/planning/communes/villeneuve/agents/ag-claire/absences/ab1")
                .allows(claire)).isTrue();
    }

    @Test
    void anAgentTouchesNeitherAnotherAgentsAbsencesNorTheirOwnHours() {
        Account claire = agent("villeneuve", "ag-claire", Role.AGENT);

        Decision other = rules.decide(POST, "/api/planning/communes/villeneuve/agents/ag-marc/absences");
        assertThat(other.allows(claire)).isFalse();
        assertThat(other.refusal(claire)).isEqualTo("Seul un administrateur, un responsable de service ou l'agent "
                + "lui-même peut faire cela.");
        assertThat(rules.decide(POST, "/api/planning/communes/villeneuve/agents/ag-claire/availabilities")
                .allows(claire)).isFalse();
        assertThat(rules.decide(PUT, "/api/planning/communes/villeneuve/agents/ag-claire").allows(claire)).isFalse();
    }

    @Test
    void theSameAgentIdInAnotherCommuneGivesNoAccessAndAnAccountWithoutAgentNone() {
        assertThat(rules.decide(POST, "/api/planning/communes/autreville/agents/ag-claire/absences")
                .allows(agent("villeneuve", "ag-claire", Role.AGENT))).isFalse();
        assertThat(rules.decide(POST, "/api/planning/communes/villeneuve/agents/ag-claire/absences")
                .allows(agent("villeneuve", null, Role.AGENT))).isFalse();
        assertThat(rules.decide(POST, "/api/planning/communes/villeneuve/agents/ag-marc/absences")
                .allows(agent("villeneuve", "ag-claire", Role.SERVICE_MANAGER))).isTrue();
    }
}
