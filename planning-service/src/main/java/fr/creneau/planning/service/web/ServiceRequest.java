package fr.creneau.planning.service.web;

public record ServiceRequest(String name) {
}
