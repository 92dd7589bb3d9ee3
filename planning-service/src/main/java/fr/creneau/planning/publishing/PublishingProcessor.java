package fr.creneau.planning.publishing;

/** The streaming processor (see application.yml) of every translator: one segment keeps the records in order. */
final class PublishingProcessor {

    static final String NAME = "planning-publisher";

    private PublishingProcessor() {
    }
}
