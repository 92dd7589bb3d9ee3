package fr.creneau.planning.agent.domain;

import java.util.LinkedHashSet;
import java.util.List;

/** No contact details here: only what planning and booking need. */
public record AgentDetails(String displayName, List<String> serviceIds, List<String> counterIds) {

    public AgentDetails {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new IllegalArgumentException("Le nom de l'agent est obligatoire (120 caractères au plus).");
        }
        serviceIds = serviceIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(serviceIds));
        counterIds = counterIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(counterIds));
        displayName = displayName.trim();
    }
}
