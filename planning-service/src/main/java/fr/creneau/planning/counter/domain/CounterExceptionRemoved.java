package fr.creneau.planning.counter.domain;

import java.time.LocalDate;

public record CounterExceptionRemoved(String counterId, String communeId, String exceptionId, LocalDate date) {
}
