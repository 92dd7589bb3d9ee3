package fr.creneau.planning.appointmenttype.web;

/** An option; without an id it is a new one. */
public record OptionRequest(String optionId, String label) {
}
