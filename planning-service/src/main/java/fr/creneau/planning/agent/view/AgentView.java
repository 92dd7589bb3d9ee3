package fr.creneau.planning.agent.view;

import fr.creneau.planning.agent.domain.AgentDetails;
import fr.creneau.planning.capacity.domain.Availability;
import fr.creneau.planning.capacity.domain.NamedAgent;

import java.util.ArrayList;
import java.util.List;

public record AgentView(String agentId, String communeId, String displayName, List<String> serviceIds,
        List<String> counterIds, List<Availability> availabilities, List<AgentAbsence> absences) {

    public static final String KIND = "agent";

    public AgentView {
        serviceIds = List.copyOf(serviceIds);
        counterIds = List.copyOf(counterIds);
        availabilities = List.copyOf(availabilities);
        absences = List.copyOf(absences);
    }

    public NamedAgent named() {
        return new NamedAgent(agentId, availabilities, absences.stream().map(AgentAbsence::absence).toList());
    }

    AgentView with(AgentDetails details) {
        return new AgentView(agentId, communeId, details.displayName(), details.serviceIds(), details.counterIds(),
                availabilities, absences);
    }

    AgentView with(Availability availability) {
        List<Availability> more = new ArrayList<>(availabilities);
        more.add(availability);
        return new AgentView(agentId, communeId, displayName, serviceIds, counterIds, more, absences);
    }

    AgentView withoutAvailability(String availabilityId) {
        return new AgentView(agentId, communeId, displayName, serviceIds, counterIds, availabilities.stream()
                .filter(availability -> !availabilityId.equals(availability.availabilityId())).toList(), absences);
    }

    AgentView with(AgentAbsence absence) {
        List<AgentAbsence> more = new ArrayList<>(absences);
        more.add(absence);
        return new AgentView(agentId, communeId, displayName, serviceIds, counterIds, availabilities, more);
    }

    AgentView without(String absenceId) {
        return new AgentView(agentId, communeId, displayName, serviceIds, counterIds, availabilities,
                absences.stream().filter(absence -> !absence.absenceId().equals(absenceId)).toList());
    }
}
