package fr.creneau.planning.agent.domain;

import java.util.List;

/** {@code previousCounterIds}: where the agent worked before, whose capacity may change too. */
public record AgentUpdated(String agentId, String communeId, AgentDetails details, List<String> previousCounterIds) {
}
