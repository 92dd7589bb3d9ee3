package fr.creneau.planning.agent.domain;

import fr.creneau.planning.shared.domain.DateSpan;

/** One period of availability is withdrawn; {@code span} is what it covered, to recompute. */
public record AgentAvailabilityWithdrawn(String agentId, String communeId, String availabilityId, DateSpan span) {
}
