package fr.creneau.notification.template;

/** The text of a notice on a channel; an SMS has no subject. */
public record Template(String subject, String body) {
}
