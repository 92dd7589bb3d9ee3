package fr.creneau.planning.agent.web;

import fr.creneau.planning.agent.domain.AgentDetails;

import java.util.List;

public record AgentRequest(String displayName, List<String> serviceIds, List<String> counterIds) {

    AgentDetails details() {
        return new AgentDetails(displayName, serviceIds, counterIds);
    }
}
