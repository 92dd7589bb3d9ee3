package fr.creneau.planning.counter.domain;

public record CounterCreated(String counterId, String communeId, CounterDetails details) {
}
