package fr.creneau.planning.counter.domain;

import fr.creneau.planning.capacity.domain.CapacityOverride;

public record CounterExceptionAdded(String counterId, String communeId, String exceptionId, CapacityOverride override,
        String label) {
}
