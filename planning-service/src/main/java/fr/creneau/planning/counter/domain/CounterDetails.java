package fr.creneau.planning.counter.domain;

import java.util.LinkedHashSet;
import java.util.List;

/** @param serviceIds the commune's services the counter belongs to: it takes only the types open to one of them */
public record CounterDetails(String placeId, String name, List<String> appointmentTypeIds, List<String> serviceIds) {

    public CounterDetails {
        if (placeId == null || placeId.isBlank()) {
            throw new IllegalArgumentException("Un guichet doit être rattaché à un lieu (placeId).");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom du guichet est obligatoire (120 caractères au plus).");
        }
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(appointmentTypeIds));
        serviceIds = serviceIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(serviceIds));
        name = name.trim();
    }
}
