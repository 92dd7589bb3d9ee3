package fr.creneau.planning.service.domain;

public record ServiceRenamed(String serviceId, String communeId, String name) {
}
