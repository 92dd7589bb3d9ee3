package fr.creneau.planning.referenceweek.domain;

/** The week can no longer be applied nor changed; counters it was applied to keep the hours they had. */
public record ReferenceWeekDeleted(String referenceWeekId, String communeId) {
}
