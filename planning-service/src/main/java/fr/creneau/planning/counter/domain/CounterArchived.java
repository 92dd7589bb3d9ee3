package fr.creneau.planning.counter.domain;

/** The counter is closed for good: it has no capacity any more. */
public record CounterArchived(String counterId, String communeId) {
}
