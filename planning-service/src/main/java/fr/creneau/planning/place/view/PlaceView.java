package fr.creneau.planning.place.view;

public record PlaceView(String placeId, String communeId, String name, String address, Double latitude,
        Double longitude, boolean visibleOnPortal, boolean active) {

    public static final String KIND = "place";
}
