package fr.creneau.notification.template.domain;

/** The text of a notice on a channel; an SMS has no subject. */
public record Template(String subject, String body) {
}
