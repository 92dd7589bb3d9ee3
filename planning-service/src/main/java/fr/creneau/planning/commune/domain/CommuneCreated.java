package fr.creneau.planning.commune.domain;

public record CommuneCreated(String communeId, String name, String timeZone) {
}
