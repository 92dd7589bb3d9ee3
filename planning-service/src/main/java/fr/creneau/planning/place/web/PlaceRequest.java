package fr.creneau.planning.place.web;

import fr.creneau.planning.place.domain.PlaceDetails;

public record PlaceRequest(String name, String address, Double latitude, Double longitude, Boolean visibleOnPortal) {

    PlaceDetails details() {
        return new PlaceDetails(name, address, latitude, longitude, visibleOnPortal == null || visibleOnPortal);
    }
}
