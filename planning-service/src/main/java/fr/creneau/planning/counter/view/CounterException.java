package fr.creneau.planning.counter.view;

import fr.creneau.planning.capacity.domain.CapacityOverride;

public record CounterException(String exceptionId, CapacityOverride override, String label) {
}
