package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

/** What a booking request must respect of the catalog: a known, bookable type, its persons and options. */
@Component
public class BookingRules {

    private final Catalog catalog;

    BookingRules(Catalog catalog) {
        this.catalog = catalog;
    }

    public AppointmentType bookableType(String communeId, String appointmentTypeId, boolean citizen) {
        AppointmentType type = catalog.appointmentType(appointmentTypeId)
                .filter(found -> found.communeId().equals(communeId))
                .orElseThrow(() -> new NotFoundException(
                        "Le type de rendez-vous « %s » est inconnu dans cette commune.".formatted(appointmentTypeId)));
        if (!type.active() || (citizen && !type.visibleOnPortal())) {
            throw new NotFoundException("Le type de rendez-vous « %s » n'est pas ouvert à la réservation."
                    .formatted(type.label()));
        }
        return type;
    }

    public void assertPersonsAndOption(AppointmentType type, int persons, String optionId) {
        int max = Math.max(1, type.maxPersons());
        if (persons < 1 || persons > max) {
            throw new InvalidRequestException(
                    "Le nombre de personnes doit être compris entre 1 et %d pour ce type de rendez-vous.".formatted(max));
        }
        if (optionId != null && type.options().stream().noneMatch(option -> option.optionId().equals(optionId))) {
            throw new InvalidRequestException("L'option « %s » n'existe pas pour ce type de rendez-vous.".formatted(optionId));
        }
    }

    public void assertOptionChosen(AppointmentType type, String optionId) {
        if (optionId == null && !type.options().isEmpty()) {
            throw new InvalidRequestException("Choisissez une option pour ce type de rendez-vous.");
        }
    }

    /** A citizen may name an agent only for a type booked with a particular agent (the mayor, an élu). */
    public void assertAgentChoice(AppointmentType type, String agentId, boolean citizen) {
        if (citizen && agentId != null && !"AGENT".equals(type.bookableWith())) {
            throw new InvalidRequestException("Ce type de rendez-vous se prend avec un service, pas avec un agent choisi.");
        }
    }
}
