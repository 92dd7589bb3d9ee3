package fr.creneau.planning.agent.domain;

import fr.creneau.planning.capacity.domain.Absence;

public record AgentAbsenceDeclared(String agentId, String communeId, String absenceId, Absence absence, String reason) {
}
