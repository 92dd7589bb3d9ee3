package fr.creneau.planning.closure.web;

import fr.creneau.planning.closure.domain.ClosureScope;

import java.time.LocalDate;

/** {@code targetId}: the place or counter closed; ignored for a closure of the whole commune. */
public record ClosureRequest(ClosureScope scope, String targetId, LocalDate from, LocalDate to, String label) {
}
