package fr.creneau.planning.place.domain;

public record PlaceCreated(String placeId, String communeId, PlaceDetails details) {
}
