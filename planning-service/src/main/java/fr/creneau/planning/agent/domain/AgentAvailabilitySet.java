package fr.creneau.planning.agent.domain;

import fr.creneau.planning.capacity.domain.Availability;

/** From now on, over its period, the agent works these hours; it wins over earlier ones where they overlap. */
public record AgentAvailabilitySet(String agentId, String communeId, Availability availability) {
}
