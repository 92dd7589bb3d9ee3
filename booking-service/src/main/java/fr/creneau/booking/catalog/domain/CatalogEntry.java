package fr.creneau.booking.catalog.domain;

/** What booking-service keeps of a thing planning-service describes: the latest description wins. */
public sealed interface CatalogEntry permits Commune, CommuneSuspension, CommuneOptions, Place, Counter, AppointmentType, Agent,
        Service {

    String communeId();

    /** The id of the thing described, unique within its kind. */
    String id();
}
