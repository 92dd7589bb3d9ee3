package fr.creneau.planning.agent.view;

import fr.creneau.planning.capacity.domain.Absence;

public record AgentAbsence(String absenceId, Absence absence, String reason) {
}
