package fr.creneau.planning.place.domain;

/** The place receives no one any more; its last description stays readable. */
public record PlaceArchived(String placeId, String communeId, PlaceDetails details) {
}
