package fr.creneau.planning.commune.web;

/** {@code reason}, optional, is shown to the commune's agents and citizens. */
public record SuspensionRequest(String reason) {
}
