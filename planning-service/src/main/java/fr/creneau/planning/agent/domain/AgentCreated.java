package fr.creneau.planning.agent.domain;

public record AgentCreated(String agentId, String communeId, AgentDetails details) {
}
