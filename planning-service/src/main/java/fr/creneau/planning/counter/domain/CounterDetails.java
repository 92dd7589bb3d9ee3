package fr.creneau.planning.counter.domain;

import java.util.LinkedHashSet;
import java.util.List;

public record CounterDetails(String placeId, String name, List<String> appointmentTypeIds) {

    public CounterDetails {
        if (placeId == null || placeId.isBlank()) {
            throw new IllegalArgumentException("Un guichet doit être rattaché à un lieu (placeId).");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom du guichet est obligatoire (120 caractères au plus).");
        }
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(appointmentTypeIds));
        name = name.trim();
    }
}
