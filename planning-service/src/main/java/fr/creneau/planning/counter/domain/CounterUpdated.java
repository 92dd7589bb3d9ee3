package fr.creneau.planning.counter.domain;

public record CounterUpdated(String counterId, String communeId, CounterDetails details) {
}
