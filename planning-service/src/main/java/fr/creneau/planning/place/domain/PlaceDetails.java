package fr.creneau.planning.place.domain;

/** A place as the administrator describes it; coordinates are optional. */
public record PlaceDetails(String name, String address, Double latitude, Double longitude, boolean visibleOnPortal) {

    public PlaceDetails {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom du lieu est obligatoire (120 caractères au plus).");
        }
        if (address == null || address.isBlank() || address.length() > 300) {
            throw new IllegalArgumentException("L'adresse du lieu est obligatoire (300 caractères au plus).");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Indiquez la latitude et la longitude, ou aucune des deux.");
        }
        if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new IllegalArgumentException("Les coordonnées du lieu sont hors limites.");
        }
        name = name.trim();
        address = address.trim();
    }
}
