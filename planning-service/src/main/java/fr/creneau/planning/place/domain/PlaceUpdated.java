package fr.creneau.planning.place.domain;

public record PlaceUpdated(String placeId, String communeId, PlaceDetails details) {
}
