package fr.creneau.planning.service.view;

public record ServiceView(String serviceId, String communeId, String name) {

    public static final String KIND = "service";
}
