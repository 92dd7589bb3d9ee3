package fr.creneau.planning.commune.domain;

public record CommuneResumed(String communeId) {
}
