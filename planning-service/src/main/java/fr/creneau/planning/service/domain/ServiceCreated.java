package fr.creneau.planning.service.domain;

public record ServiceCreated(String serviceId, String communeId, String name) {
}
